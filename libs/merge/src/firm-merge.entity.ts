import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import { Firm } from '@crm/firms';

/** Rows moved from the merged firm to the survivor, by table and primary key (after the move). */
export interface MovedRows {
  table: string;
  column: string;
  keys: Record<string, unknown>[];
}

/** Rows of the merged firm that clashed with the survivor's (e.g. the same chain link) and were removed; kept whole for undo. */
export interface RemovedRows {
  table: string;
  rows: Record<string, unknown>[];
}

/** One merge of two firms (合并企业), with everything needed to undo it exactly. */
@Entity('firm_merge')
@Index('ix_firm_merge_survivor', ['survivorId'])
@Index('ix_firm_merge_at', { synchronize: false })
@Index('uq_firm_merge_merged_live', { synchronize: false })
@Check('ck_firm_merge_state', `state IN ('merged', 'undone')`)
export class FirmMerge {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  survivorId: number;

  @ManyToOne(() => Firm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id', foreignKeyConstraintName: 'fk_firm_merge_survivor' })
  survivor?: Firm;

  /** The merged firm's id (gone while merged; back after undo). */
  @Column({ type: 'int' })
  mergedId: number;

  @Column({ type: 'varchar', length: 200 })
  mergedName: string;

  @Column({ type: 'varchar', length: 10, default: 'merged' })
  state: 'merged' | 'undone';

  /** The merged firm's row as it was (to_jsonb). */
  @Column({ type: 'jsonb' })
  mergedFirm: Record<string, unknown>;

  /** The survivor's chosen columns before and after the merge. */
  @Column({ type: 'jsonb' })
  survivorBefore: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  survivorAfter: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  moved: MovedRows[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  removed: RemovedRows[];

  @Column({ type: 'int' })
  mergedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_by_id', foreignKeyConstraintName: 'fk_firm_merge_merged_by' })
  mergedBy?: User;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  mergedAt: Date;

  @Column({ type: 'int', nullable: true })
  undoneById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'undone_by_id', foreignKeyConstraintName: 'fk_firm_merge_undone_by' })
  undoneBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  /** Survivor fields edited after the merge, which undo left as they were. */
  @Column({ type: 'jsonb', nullable: true })
  undoKept: string[] | null;
}
