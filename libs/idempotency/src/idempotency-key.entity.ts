import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@crm/users';

/**
 * One client-generated Idempotency-Key per user: the request it first came with (scope + body
 * hash) and the answer that request got. Owned by libs/idempotency; rows older than the TTL count
 * as absent and are overwritten by the next use of the key.
 */
@Entity('idempotency_key')
@Index('ix_idempotency_key_created_at', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_idempotency_key_user' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  key: string;

  /** What the key was used for, e.g. `contact-log.create` or `target.transition:42`. */
  @Column({ type: 'varchar', length: 100 })
  scope: string;

  /** sha256 of scope and the canonical JSON of the request body. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'smallint' })
  status: number;

  /** The response body as sent (text, not jsonb, so a replay is byte-for-byte the first answer). */
  @Column({ type: 'text' })
  response: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
