import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditLogView, AuditService } from '@crm/audit';
import { Roles } from '@crm/auth';
import { ContentRange, IdPipe, ListResult, RawQuery } from '@crm/http';

/** The audit trail (审计日志), read-only and for admins: who changed what, when. */
@ApiTags('audit-logs')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit-logs')
export class AuditLogsController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @UseInterceptors(ContentRange('audit-logs'))
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<AuditLogView>> {
    return this.audit.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number): Promise<AuditLogView> {
    return this.audit.get(id);
  }
}
