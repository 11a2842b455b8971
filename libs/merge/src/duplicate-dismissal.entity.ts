import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';

/**
 * 非重复: two firms of a suspected group marked as different firms (the lower id first). No foreign
 * key to firm: a merge moves every row that points at a firm, and a pair must keep its own ids.
 */
@Entity('duplicate_dismissal')
@Index('uq_duplicate_dismissal_live', { synchronize: false })
@Index('ix_duplicate_dismissal_at', { synchronize: false })
@Check('ck_duplicate_dismissal_pair', `firm_low_id < firm_high_id`)
@Check('ck_duplicate_dismissal_state', `state IN ('dismissed', 'undone')`)
export class DuplicateDismissal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  firmLowId: number;

  @Column({ type: 'int' })
  firmHighId: number;

  /** The names when marked (shown in the history even after a firm is renamed, merged or deleted). */
  @Column({ type: 'varchar', length: 200 })
  firmLowName: string;

  @Column({ type: 'varchar', length: 200 })
  firmHighName: string;

  @Column({ type: 'varchar', length: 10, default: 'dismissed' })
  state: 'dismissed' | 'undone';

  @Column({ type: 'int' })
  dismissedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dismissed_by_id', foreignKeyConstraintName: 'fk_duplicate_dismissal_dismissed_by' })
  dismissedBy?: User;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  dismissedAt: Date;

  @Column({ type: 'int', nullable: true })
  undoneById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'undone_by_id', foreignKeyConstraintName: 'fk_duplicate_dismissal_undone_by' })
  undoneBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}
