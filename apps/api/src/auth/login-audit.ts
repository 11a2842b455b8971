import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditService } from '@crm/audit';
import { AuthEvents } from '@crm/auth';

/** Puts every successful login on the audit trail. Wiring, here, because auth depends on users which depends on audit: audit cannot listen to auth itself. */
@Injectable()
export class LoginAudit implements OnModuleInit {
  constructor(
    private readonly events: AuthEvents,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.events.onLogin((user) => this.audit.recordLogin(user));
  }
}
