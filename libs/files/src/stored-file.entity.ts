import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The records a file can hang on, and the column naming each. */
export const FILE_OWNERS = ['target', 'contact-log', 'firm'] as const;
export type FileOwner = (typeof FILE_OWNERS)[number];

/**
 * A file on a target, a contact log or a firm (exactly one; a check constraint says so). Its bytes
 * are in stored_file_content (bytea, one row per file), read only for a download; this row is
 * what lists show and what the audit trail records.
 */
@Entity('stored_file')
@Index('ix_stored_file_target', { synchronize: false })
@Index('ix_stored_file_contact_log', { synchronize: false })
@Index('ix_stored_file_firm', { synchronize: false })
export class StoredFile {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_stored_file' })
  id: number;

  @Column({ type: 'int', nullable: true })
  targetId: number | null;

  @Column({ type: 'int', nullable: true })
  contactLogId: number | null;

  @Column({ type: 'int', nullable: true })
  firmId: number | null;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** From the content (sniffed), never from the upload's own Content-Type. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'int', nullable: true })
  uploadedById: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
