import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import { Reminder } from './reminder.entity';

/** The in-app inbox. One row per reminder at most (unique reminder_id): the in_app channel's idempotency. */
@Entity('notification')
@Index('uq_notification_reminder', ['reminderId'], { unique: true })
@Index('ix_notification_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: User;

  @Column({ type: 'int', nullable: true })
  reminderId: number | null;

  @ManyToOne(() => Reminder, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reminder_id', foreignKeyConstraintName: 'fk_notification_reminder' })
  reminder?: Reminder;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** The same text in English (NULL on rows written before it was kept: shown as stored). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When its condition cleared (follow-up closed, stale target active again): shown as 已解除, no longer unread. */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
