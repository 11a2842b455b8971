import { ApiProperty } from '@nestjs/swagger';
import type { AuditAction, AuditChanges } from './audit-log.entity';

/** One audit row as the API returns it, with the user's name for the backoffice list. */
export class AuditLogView {
  @ApiProperty() id: number;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true }) userId: number | null;
  @ApiProperty({ nullable: true }) username: string | null;
  @ApiProperty() action: AuditAction;
  @ApiProperty() entity: string;
  @ApiProperty({ nullable: true }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) changes: AuditChanges;
  @ApiProperty({ nullable: true }) requestId: string | null;
}
