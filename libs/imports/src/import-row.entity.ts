import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImportBatch } from './import-batch.entity';
import type { ImportRowData, RowError } from './import.rules';

/** One data row of an upload, as parsed: resolved values, or the reasons it cannot be imported. */
@Entity('import_row')
// Partial index (invalid rows, for the error report) made by hand in the migration; declared so tooling leaves it.
@Index('ix_import_row_invalid', { synchronize: false })
export class ImportRow {
  @PrimaryColumn({ type: 'int' })
  batchId: number;

  /** The row number as the user sees it in Excel (header = 1) or the CSV line number. */
  @PrimaryColumn({ type: 'int' })
  rowNo: number;

  @ManyToOne(() => ImportBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_import_row_batch' })
  batch?: ImportBatch;

  @Column({ type: 'jsonb' })
  data: ImportRowData;

  @Column({ type: 'jsonb', nullable: true })
  errors: RowError[] | null;

  @Column({ type: 'boolean' })
  valid: boolean;

  /** The cells as typed (by column key), kept for refused rows only: the rejected-rows workbook. */
  @Column({ type: 'jsonb', nullable: true })
  raw: Record<string, string> | null;
}
