import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DEFAULT_FIT_WEIGHTS } from '@crm/contracts';
import { Plan } from '@crm/plans';

/**
 * One plan's weights of the fit score (候选企业评分): the most points each component can give.
 * A plan without a row uses DEFAULT_FIT_WEIGHTS. Admins edit them; `version` refuses a stale edit.
 */
@Entity('fit_weights')
@Index('uq_fit_weights_plan', ['planId'], { unique: true })
@Check(
  'ck_fit_weights_range',
  `LEAST(tags, industry, scope, profile, capital, city, relationship) >= 0 AND GREATEST(tags, industry, scope, profile, capital, city, relationship) <= 100`,
)
export class FitWeightsRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_fit_weights_plan' })
  plan?: Plan;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.tags })
  tags: number;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.industry })
  industry: number;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.scope })
  scope: number;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.profile })
  profile: number;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.capital })
  capital: number;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.city })
  city: number;

  @Column({ type: 'int', default: DEFAULT_FIT_WEIGHTS.relationship })
  relationship: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
