import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PipelineHooksRegistry, type PipelineHooks, type StageChange, type Target } from '@crm/pipeline';
import { landingOfTarget } from '@crm/pipeline/reads';
import { shanghaiDate } from '@crm/time';
import { ProjectMilestone } from './entities/project-milestone.entity';
import { MilestoneReminders } from './milestone-reminders';
import { MILESTONE_KINDS, milestoneProblem } from './milestone.rules';

/**
 * The pipeline's stage changes, seen from the project, inside the pipeline's own transaction:
 * signing creates the four milestones; landing (落地) records 入驻/开工 on the landing date, because
 * landing is the firm taking its space in a carrier — the carrier, area and date stay on the
 * landing, the milestone carries the date into the project's schedule and rates; a project lost
 * after signing stops being supervised.
 */
@Injectable()
export class ProjectHooks implements PipelineHooks, OnModuleInit {
  constructor(
    private readonly registry: PipelineHooksRegistry,
    private readonly reminders: MilestoneReminders,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async stageChanged(em: EntityManager, target: Target, change: StageChange): Promise<void> {
    if (target.signedAt && (change.toStage === 'signed' || change.toStage === 'landed')) {
      await em.query(`INSERT INTO project_milestone (target_id, kind) SELECT $1, k FROM unnest($2::varchar[]) AS k ON CONFLICT (target_id, kind) DO NOTHING`, [
        target.id,
        [...MILESTONE_KINDS],
      ]);
    }
    if (change.toStage === 'landed') await this.landed(em, target.id);
    if (change.toStage === 'lost') await this.reminders.cancelForTarget(em, target.id);
  }

  private async landed(em: EntityManager, targetId: number): Promise<void> {
    const landing = await landingOfTarget(em, targetId);
    if (!landing) return;
    const all = await em
      .getRepository(ProjectMilestone)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.target_id = :targetId', { targetId })
      .getMany();
    const settled = all.find((m) => m.kind === 'settled');
    if (!settled || settled.actualOn) return;
    const ordered = MILESTONE_KINDS.map((k) => all.find((m) => m.kind === k)!).filter(Boolean);
    const after = ordered.map((m) => (m.kind === 'settled' ? { ...m, actualOn: landing.landedOn } : m));
    // A landing dated against the other recorded milestones leaves 入驻 for the owner to enter by hand.
    if (milestoneProblem(after, 'settled', shanghaiDate())) return;
    settled.actualOn = landing.landedOn;
    const saved = await em.save(ProjectMilestone, settled);
    await this.reminders.replan(em, saved);
  }
}
