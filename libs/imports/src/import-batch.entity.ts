import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import type { ImportResult, ImportStatus } from '@crm/contracts';

export type { ImportResult, ImportStatus };

/** One uploaded firm/target list: parsed into import_row, previewed, then committed once. */
@Entity('import_batch')
@Index('ix_import_batch_created_by', ['createdById', 'createdAt'])
@Check('ck_import_batch_status', `status IN ('preview', 'committed')`)
export class ImportBatch {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_import_batch_created_by' })
  createdBy?: User;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 12, default: 'preview' })
  status: ImportStatus;

  @Column({ type: 'int', default: 0 })
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  validRows: number;

  @Column({ type: 'int', default: 0 })
  errorRows: number;

  @Column({ type: 'jsonb', nullable: true })
  result: ImportResult | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}
