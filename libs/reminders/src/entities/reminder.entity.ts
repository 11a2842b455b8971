import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import { Target } from '@crm/pipeline';
import { FollowUp } from './follow-up.entity';
import { REMINDER_KINDS, type ReminderKind, REMINDER_STATES, type ReminderState } from '@crm/contracts';

export { REMINDER_KINDS, type ReminderKind, REMINDER_STATES, type ReminderState };

/**
 * One notice to one person at one time: the source of truth the queue only schedules.
 * `dedupeKey` (unique) makes creating the same reminder twice a no-op.
 */
@Entity('reminder')
@Index('uq_reminder_dedupe_key', ['dedupeKey'], { unique: true })
@Index('ix_reminder_target', ['targetId', 'createdAt'])
@Index('ix_reminder_follow_up', ['followUpId'])
@Index('ix_reminder_recipient', ['recipientId', 'dueAt'])
@Check('ck_reminder_kind', `kind IN (${REMINDER_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('ck_reminder_state', `state IN ('scheduled', 'cancelled', 'delivered', 'failed')`)
export class Reminder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 30 })
  kind: ReminderKind;

  @Column({ type: 'int', nullable: true })
  targetId: number | null;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_reminder_target' })
  target?: Target;

  @Column({ type: 'int', nullable: true })
  followUpId: number | null;

  @ManyToOne(() => FollowUp, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follow_up_id', foreignKeyConstraintName: 'fk_reminder_follow_up' })
  followUp?: FollowUp;

  /** The project milestone (libs/projects) this reminder is about; FK with cascade in migration 1763700001400. */
  @Column({ type: 'int', nullable: true })
  milestoneId: number | null;

  /** The instruction (批示, libs/projects) this reminder is about; FK with cascade in migration 1763700001400. */
  @Column({ type: 'int', nullable: true })
  instructionId: number | null;

  @Column({ type: 'int' })
  recipientId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_reminder_recipient' })
  recipient?: User;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'varchar', length: 10, default: 'scheduled' })
  state: ReminderState;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** The same text in English (NULL on rows written before it was kept: shown as stored). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn: string | null;

  /** Where the notice points in the backoffice, e.g. `#/targets/12/show`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
