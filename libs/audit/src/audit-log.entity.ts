import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { AUDIT_ACTIONS, type AuditAction, type AuditChanges } from '@crm/contracts';

export { AUDIT_ACTIONS, type AuditAction, type AuditChanges };

/**
 * Who changed what, when (审计日志). Append-only: a trigger refuses UPDATE and DELETE.
 * `entityId` is text so composite keys (chain_manager) fit: "chainId=3,userId=7".
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entity', 'entityId', 'at'])
@Index('ix_audit_log_user_at', ['userId', 'at'])
@Index('ix_audit_log_at', ['at'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 12 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 63 })
  entity: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  changes: AuditChanges;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
