import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import type { ContactKind } from './stage';
import { Target } from './target.entity';

/** A visit, call, meeting, event or e-mail with a firm (走访/接洽记录). */
@Entity('contact_log')
@Index('ix_contact_log_target_at', ['targetId', 'at'])
@Index('ix_contact_log_author', ['authorId'])
@Check('ck_contact_log_kind', `kind IN ('visit', 'call', 'meeting', 'event', 'email', 'other')`)
export class ContactLog {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_contact_log_target' })
  target?: Target;

  @Column({ type: 'varchar', length: 10 })
  kind: ContactKind;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  participants: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** The next follow-up this log set, if any (the target keeps the one open follow-up). */
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_contact_log_author' })
  author?: User;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
