import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Delivery } from './delivery.entity';

/** Every try of a delivery, successful or not, so a failing channel is visible and explained. */
@Entity('delivery_attempt')
@Index('uq_delivery_attempt_number', ['deliveryId', 'attempt'], { unique: true })
export class DeliveryAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  deliveryId: number;

  @ManyToOne(() => Delivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'fk_delivery_attempt_delivery' })
  delivery?: Delivery;

  @Column({ type: 'int' })
  attempt: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** True: the receiver accepted; false: refused or failed; null: handed over, its answer not (yet) heard. */
  @Column({ type: 'boolean', nullable: true })
  ok: boolean | null;

  /** The receiver's reply when it answered (e.g. "250 OK: queued as …"). */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'int' })
  durationMs: number;
}
