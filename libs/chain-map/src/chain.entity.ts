import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { SourceRefColumn } from '@crm/database';
import { Plan } from '@crm/plans';

import type { LinkAction } from '@crm/contracts';

export { LINK_ACTIONS, type LinkAction } from '@crm/contracts';

/** An industry chain / key direction / track (产业链 / 重点方向 / 赛道) of one plan. */
@Entity('chain')
@Index('uq_chain_plan_code', ['planId', 'code'], { unique: true })
export class Chain {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_chain_plan' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 100 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 重点方向 / 细分领域 / 赛道, as the plan calls it. */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  action: LinkAction | null;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Column({ type: 'jsonb', nullable: true })
  source: SourceRefColumn | null;

  @VersionColumn({ default: 1 })
  version: number;
}
