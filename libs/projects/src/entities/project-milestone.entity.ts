import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Target } from '@crm/pipeline';
import type { MilestoneKind } from '../milestone.rules';

/** One of a signed target's four milestones (工商注册, 入驻/开工, 投产/运营, 达产): planned and actual date. */
@Entity('project_milestone')
@Index('uq_project_milestone_target_kind', ['targetId', 'kind'], { unique: true })
@Index('ix_project_milestone_open', { synchronize: false })
@Check('ck_project_milestone_kind', `kind IN ('registered', 'settled', 'producing', 'full_output')`)
export class ProjectMilestone {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_project_milestone_target' })
  target?: Target;

  @Column({ type: 'varchar', length: 12 })
  kind: MilestoneKind;

  /** From the agreement (YYYY-MM-DD); set at signing or later. */
  @Column({ type: 'date', nullable: true })
  plannedOn: string | null;

  /** When it happened (YYYY-MM-DD); recording it resolves the milestone's 督办 reminders. */
  @Column({ type: 'date', nullable: true })
  actualOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
