import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '@crm/users';
import { Chain, ChainLink } from '@crm/chain-map';
import { numericTransformer, type SourceRefColumn } from '@crm/database';
import { Firm } from '@crm/firms';
import type { RecruitmentMethod, Stage } from './stage';

/**
 * A recruitment target (招商目标/项目): one firm recruited for one chain link, owned by a promoter.
 * `stage` changes only through transitions, which append to stage_change in the same transaction.
 * `version` guards against two people overwriting each other (stale version → 409).
 */
@Entity('target')
@Index('uq_target_firm_link', ['firmId', 'chainLinkId'], { unique: true })
@Index('ix_target_chain_stage', ['chainId', 'stage', 'lastActivityAt'])
@Index('ix_target_owner_stage', ['ownerId', 'stage'])
@Index('ix_target_link', ['chainLinkId'])
@Index('ix_target_last_activity', ['lastActivityAt'])
// Made by hand in migration 1763700000501 (DESC NULLS LAST ordering, INCLUDE); declared so tooling leaves them.
@Index('ix_target_chain_stage_activity', { synchronize: false })
@Index('ix_target_chain_link_stage', { synchronize: false })
// 首报首谈 holder lookup (migration 1763700001600): earliest live target per firm.
@Index('ix_target_firm_created', { synchronize: false })
@Check('ck_target_probability', `probability BETWEEN 0 AND 100`)
@Check('ck_target_stage', `stage IN ('lead', 'contact', 'signed', 'landed', 'paused', 'lost')`)
export class Target {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  firmId: number;

  @ManyToOne(() => Firm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'firm_id', foreignKeyConstraintName: 'fk_target_firm' })
  firm?: Firm;

  @Column({ type: 'int' })
  chainLinkId: number;

  @ManyToOne(() => ChainLink, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain_link_id', foreignKeyConstraintName: 'fk_target_chain_link' })
  chainLink?: ChainLink;

  /** The link's chain, kept here for filtering and per-chain permissions without a join. */
  @Column({ type: 'int' })
  chainId: number;

  @ManyToOne(() => Chain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain_id', foreignKeyConstraintName: 'fk_target_chain' })
  chain?: Chain;

  @Column({ type: 'int' })
  ownerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_target_owner' })
  owner?: User;

  @Column({ type: 'varchar', length: 10, default: 'lead' })
  stage: Stage;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt: Date;

  /** The stage a paused target left, to resume to. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  pausedFromStage: Stage | null;

  /** Win probability in %, defaulted from the stage on each transition. */
  @Column({ type: 'smallint', default: 10 })
  probability: number;

  /** 预计投资额, 万元 */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  expectedInvestment: number | null;

  /** 预计年产值, 万元 */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  expectedOutput: number | null;

  @Column({ type: 'int', nullable: true })
  expectedJobs: number | null;

  /** Space needed, m² */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  spaceNeeded: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  method: RecruitmentMethod | null;

  /** Recorded on signing (签约): agreed investment (万元), yearly output (万元), jobs, space (m²). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  signedInvestment: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  signedOutput: number | null;

  @Column({ type: 'int', nullable: true })
  signedJobs: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  signedSpace: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  /** The open follow-up's due time (at most one per target); the reminders feature owns it. */
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  /** Last contact log or stage change; drives stale alerts and the default list order. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The plan passage naming this target (专栏2 …), when it comes from a plan. */
  @Column({ type: 'jsonb', nullable: true })
  source: SourceRefColumn | null;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
