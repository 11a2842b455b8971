import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction, type AuditChanges, type AuditLogEntry } from '@crm/contracts';

/** One audit row as the API returns it, with the user's name for the backoffice list. */
export class AuditLogView implements AuditLogEntry<Date> {
  @ApiProperty() id: number;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: Number }) userId: number | null;
  @ApiProperty({ nullable: true, type: String }) username: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty() entity: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', minItems: 2, maxItems: 2, items: {} }, description: '{ field: [old, new] }' })
  changes: AuditChanges;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
}
