import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import type { RegistrySource } from '@crm/firms';
import type { DuplicateBy } from './registry-match.rules';
import type { RegistryRowData, RegistryRowError } from './registry-row.rules';

export interface RegistryImportResult {
  firmsCreated: number;
  firmsUpdated: number;
  /** Rows whose firm holds data from a newer export: left alone. */
  stale: number;
  /** Rows that could not be written at commit (the database changed since the preview). */
  skipped: number;
  createdFirmIds: number[];
}

/** One uploaded registry export (企业库导入): parsed into registry_import_row, previewed, committed once. */
@Entity('registry_import')
@Index('ix_registry_import_created', { synchronize: false })
@Check('ck_registry_import_status', `status IN ('preview', 'committed')`)
@Check('ck_registry_import_source', `source IN ('qichacha', 'tianyancha', 'qixinbao', 'other')`)
export class RegistryImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_registry_import_created_by' })
  createdBy?: User;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 20 })
  source: RegistrySource;

  @Column({ type: 'date' })
  exportedOn: string;

  @Column({ type: 'varchar', length: 12, default: 'preview' })
  status: 'preview' | 'committed';

  @Column({ type: 'int', default: 0 })
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  errorRows: number;

  @Column({ type: 'int', default: 0 })
  duplicateRows: number;

  @Column({ type: 'jsonb', nullable: true })
  result: RegistryImportResult | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}

/** A parsed row: its data, the cells as typed, its errors, and the earlier row it duplicates. */
@Entity('registry_import_row')
@Check('ck_registry_import_row_duplicate_by', `duplicate_by IN ('code', 'name')`)
export class RegistryImportRow {
  @PrimaryColumn({ type: 'int' })
  batchId: number;

  @PrimaryColumn({ type: 'int' })
  rowNo: number;

  @ManyToOne(() => RegistryImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_registry_import_row_batch' })
  batch?: RegistryImport;

  @Column({ type: 'jsonb' })
  data: RegistryRowData;

  @Column({ type: 'jsonb' })
  raw: Record<string, string>;

  @Column({ type: 'jsonb', nullable: true })
  errors: RegistryRowError[] | null;

  @Column({ type: 'int', nullable: true })
  duplicateOf: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  duplicateBy: DuplicateBy | null;
}
