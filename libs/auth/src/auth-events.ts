import { Injectable } from '@nestjs/common';
import type { AuthUser } from './role';

type LoginListener = (user: AuthUser, ip: string) => Promise<void>;

/** Lets other features (the audit trail) react to a successful login without auth depending on them. */
@Injectable()
export class AuthEvents {
  private readonly loginListeners: LoginListener[] = [];

  onLogin(listener: LoginListener): void {
    this.loginListeners.push(listener);
  }

  async loggedIn(user: AuthUser, ip: string): Promise<void> {
    for (const l of this.loginListeners) await l(user, ip);
  }
}
