import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import { Target } from '@crm/pipeline';

export const FOLLOW_UP_STATES = ['open', 'done', 'cancelled'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/**
 * A dated next step on a target (跟进). At most one is open per target (partial unique index
 * uq_follow_up_open_target, made in the migration); its due time mirrors target.next_follow_up_at.
 */
@Entity('follow_up')
@Index('ix_follow_up_target', ['targetId', 'createdAt'])
@Check('ck_follow_up_state', `state IN ('open', 'done', 'cancelled')`)
export class FollowUp {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_follow_up_target' })
  target?: Target;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  state: FollowUpState;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_follow_up_created_by' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
