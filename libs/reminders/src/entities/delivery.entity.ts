import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CHANNELS, type Channel, DELIVERY_STATES, type DeliveryState } from '@crm/contracts';
import { Reminder } from './reminder.entity';

/** pending → (e-mail/webhook: awaiting the receiver's answer after the handover) → sent, or back to pending, or failed. */
export { CHANNELS, type Channel, DELIVERY_STATES, type DeliveryState };

/** One reminder on one channel (unique): the row whose state makes sending idempotent. */
@Entity('delivery')
@Index('uq_delivery_reminder_channel', ['reminderId', 'channel'], { unique: true })
@Check('ck_delivery_channel', `channel IN ('in_app', 'email', 'webhook')`)
@Check('ck_delivery_state', `state IN ('pending', 'awaiting', 'sent', 'failed')`)
@Index('ix_delivery_awaiting', ['sentAt'], { where: `state = 'awaiting'` })
export class Delivery {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reminderId: number;

  @ManyToOne(() => Reminder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_id', foreignKeyConstraintName: 'fk_delivery_reminder' })
  reminder?: Reminder;

  @Column({ type: 'varchar', length: 10 })
  channel: Channel;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state: DeliveryState;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Not before this time: the reminder's due time, then the backoff after each failure. */
  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
