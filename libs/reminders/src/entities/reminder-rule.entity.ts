import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Plan } from '@crm/plans';
import { DEFAULT_STALE_THRESHOLDS } from '../stale.rules';

/**
 * How reminders behave for one plan's targets. The row with `planId` null holds the defaults,
 * used for plans that have no row of their own (the migration creates it).
 * Stale thresholds are days since the target's last activity, per open stage: yellow, then red.
 */
@Entity('reminder_rule')
@Index('uq_reminder_rule_plan', ['planId'], { unique: true })
@Check('ck_reminder_rule_lead', `lead_red_days > lead_yellow_days AND lead_yellow_days > 0`)
@Check('ck_reminder_rule_contact', `contact_red_days > contact_yellow_days AND contact_yellow_days > 0`)
@Check('ck_reminder_rule_signed', `signed_red_days > signed_yellow_days AND signed_yellow_days > 0`)
@Check('ck_reminder_rule_milestone', `milestone_red_days > milestone_yellow_days AND milestone_yellow_days > 0`)
@Check('ck_reminder_rule_hours', `pre_due_hours >= 0 AND escalation_grace_hours >= 0`)
@Check('ck_reminder_rule_digest_time', `digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class ReminderRule {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  planId: number | null;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_reminder_rule_plan' })
  plan?: Plan;

  /** Extra reminder this many hours before the follow-up is due; 0 = only at due time. */
  @Column({ type: 'int', default: 0 })
  preDueHours: number;

  /** An open follow-up this many hours past due escalates to the team leader and chain managers. */
  @Column({ type: 'int', default: 24 })
  escalationGraceHours: number;

  @Column({ type: 'int', default: DEFAULT_STALE_THRESHOLDS.lead.yellow })
  leadYellowDays: number;

  @Column({ type: 'int', default: DEFAULT_STALE_THRESHOLDS.lead.red })
  leadRedDays: number;

  @Column({ type: 'int', default: DEFAULT_STALE_THRESHOLDS.contact.yellow })
  contactYellowDays: number;

  @Column({ type: 'int', default: DEFAULT_STALE_THRESHOLDS.contact.red })
  contactRedDays: number;

  @Column({ type: 'int', default: DEFAULT_STALE_THRESHOLDS.signed.yellow })
  signedYellowDays: number;

  @Column({ type: 'int', default: DEFAULT_STALE_THRESHOLDS.signed.red })
  signedRedDays: number;

  /** A project milestone this many days past its planned date turns yellow (its owner is reminded)… */
  @Column({ type: 'int', default: 1 })
  milestoneYellowDays: number;

  /** …and this many days past it red (escalated to the team leader and the chain managers). */
  @Column({ type: 'int', default: 15 })
  milestoneRedDays: number;

  /** Daily digest time, HH:MM Asia/Shanghai. The digest is per promoter, so the defaults row's time rules. */
  @Column({ type: 'varchar', length: 5, default: '08:30' })
  digestTime: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
