import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { numericTransformer, type SourceRefColumn } from '@crm/database';
import { Chain } from '@crm/chain-map';
import { Plan } from '@crm/plans';

/** A yearly figure from a plan table (目标值): overall, or for one chain (sub-sector / track). */
@Entity('kpi_target')
@Index('ix_kpi_target_plan', ['planId', 'year'])
@Index('uq_kpi_target_scope_year', { synchronize: false })
export class KpiTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_kpi_target_plan' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 100 })
  metric: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  /** null: the plan as a whole; else the chain the figure is for. */
  @Column({ type: 'int', nullable: true })
  chainId: number | null;

  @ManyToOne(() => Chain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id', foreignKeyConstraintName: 'fk_kpi_target_chain' })
  chain?: Chain;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'numeric', precision: 18, scale: 4, transformer: numericTransformer })
  value: number;

  @Column({ type: 'jsonb' })
  source: SourceRefColumn;

  @VersionColumn({ default: 1 })
  version: number;
}
