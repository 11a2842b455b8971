import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditLogView, AuditService } from '@crm/audit';
import { Roles } from '@crm/auth';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';

/** The audit trail (审计日志), read-only and for admins: who changed what, when. */
@ApiTags('audit-logs')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit-logs')
export class AuditLogsController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ListResponse('audit-logs', AuditLogView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<AuditLogView>> {
    return this.audit.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AuditLogView })
  get(@Param('id', IdPipe) id: number): Promise<AuditLogView> {
    return this.audit.get(id);
  }
}
