import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '@crm/users';
import { numericTransformer } from '@crm/database';
import { Target } from '@crm/pipeline';

/** One tranche of the signed investment actually paid in (到位资金), 万元. */
@Entity('project_fund')
@Index('ix_project_fund_target', ['targetId', 'arrivedOn'])
@Check('ck_project_fund_amount', `amount > 0`)
export class ProjectFund {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_project_fund_target' })
  target?: Target;

  @Column({ type: 'date' })
  arrivedOn: string;

  /** 万元 */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  amount: number;

  /** Where the money came from, e.g. 企业自有资金, 银行贷款, 产业基金. */
  @Column({ type: 'varchar', length: 100 })
  source: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_project_fund_created_by' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
