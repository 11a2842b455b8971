import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { numericTransformer } from '@crm/database';
import { Target } from '@crm/pipeline';

/** A project's actual figures for one calendar year: output and tax (万元), jobs. */
@Entity('project_year')
@Index('uq_project_year_target_year', ['targetId', 'year'], { unique: true })
@Check('ck_project_year_values', `coalesce(output, 0) >= 0 AND coalesce(tax, 0) >= 0 AND coalesce(jobs, 0) >= 0 AND year BETWEEN 2000 AND 2100`)
export class ProjectYear {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_project_year_target' })
  target?: Target;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  output: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  tax: number | null;

  @Column({ type: 'int', nullable: true })
  jobs: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
