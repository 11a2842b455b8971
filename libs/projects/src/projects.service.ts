import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { invalidField, notFound, ruleBroken, staleVersion } from '@crm/http';
import { removeAudited, updateVersioned } from '@crm/audit';
import { readableTarget, writableTarget, type Target } from '@crm/pipeline';
import { landingOfTarget } from '@crm/pipeline/reads';
import { shanghaiDate } from '@crm/time';
import { ProjectFund } from './entities/project-fund.entity';
import { ProjectMilestone } from './entities/project-milestone.entity';
import { ProjectYear } from './entities/project-year.entity';
import { MilestoneReminders } from './milestone-reminders';
import { MILESTONE_KINDS, milestoneLight, milestoneProblem, type MilestoneKind } from './milestone.rules';
import type { CreateFundDto, MilestoneDto, ProjectYearDto, UpdateFundDto } from './project.dto';
import { projectContext } from './project-context';
import type { ProjectMilestone as ProjectMilestoneShape, ProjectRecord } from '@crm/contracts';

export type MilestoneView = ProjectMilestoneShape;

/** A signed target as a project: the contract's ProjectRecord with the server's Dates. */
export type ProjectView = ProjectRecord<Date>;

const notSigned = (field?: string) =>
  ruleBroken(
    'target_not_signed',
    'This target has not signed: milestones, funds and yearly figures are recorded after signing',
    '该招商目标尚未签约：签约后才能登记项目节点、到位资金和年度数据',
    field,
  );

/**
 * A signed target as a project (issue 17): its four milestones, funds tranches and yearly actuals.
 * Read like the target; changed like the target (owner, chain manager of its chain, admin; leaders
 * read only). Every change is versioned (409 when stale), audited, and re-plans the 督办 reminders.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly reminders: MilestoneReminders,
  ) {}

  async get(user: AuthUser, targetId: number): Promise<ProjectView> {
    const em = this.db.manager;
    const { target } = await readableTarget(em, await this.access.load(user, em), targetId);
    // Targets signed outside the transitions (seeds, imports, older data) get their milestones on first sight.
    if (target.signedAt) await this.ensureMilestones(em, targetId);
    return this.view(em, target);
  }

  async setMilestone(user: AuthUser, targetId: number, kind: string, dto: MilestoneDto): Promise<ProjectView> {
    if (!(MILESTONE_KINDS as readonly string[]).includes(kind))
      throw invalidField('kind', 'isIn', `kind must be one of ${MILESTONE_KINDS.join(', ')}`, '项目节点必须是 工商注册/入驻开工/投产运营/达产 之一');
    return this.write(user, targetId, async (em) => {
      const all = await this.milestones(em, targetId, true);
      const current = all.find((m) => m.kind === kind)!;
      if (current.version !== dto.version) throw staleVersion('milestone', '项目节点');
      const changes: Partial<ProjectMilestone> = {};
      if (dto.plannedOn !== undefined) changes.plannedOn = dto.plannedOn;
      if (dto.actualOn !== undefined) changes.actualOn = dto.actualOn;
      const after = all.map((m) => (m.kind === kind ? { ...m, ...changes } : m));
      const problem = milestoneProblem(after, kind as MilestoneKind, shanghaiDate());
      if (problem) throw ruleBroken(problem.rule, problem.message, problem.messageZh, problem.field);
      await updateVersioned(em, ProjectMilestone, current.id, dto.version, changes, ['milestone', '项目节点']);
      // Saving the same dates again re-plans nothing (and so re-sends nothing).
      if (
        (changes.plannedOn !== undefined && changes.plannedOn !== current.plannedOn) ||
        (changes.actualOn !== undefined && changes.actualOn !== current.actualOn)
      ) {
        await this.reminders.replan(em, await em.findOneByOrFail(ProjectMilestone, { id: current.id }));
      }
    });
  }

  async addFund(user: AuthUser, targetId: number, dto: CreateFundDto): Promise<ProjectView> {
    return this.write(user, targetId, async (em) => {
      this.checkFundDate(dto.arrivedOn);
      await em.save(
        ProjectFund,
        em.create(ProjectFund, {
          targetId,
          arrivedOn: dto.arrivedOn,
          amount: dto.amount,
          source: dto.source.trim(),
          note: dto.note?.trim() || null,
          createdById: user.id,
        }),
      );
    });
  }

  async updateFund(user: AuthUser, targetId: number, fundId: number, dto: UpdateFundDto): Promise<ProjectView> {
    return this.write(user, targetId, async (em) => {
      await this.fundOf(em, targetId, fundId);
      if (dto.arrivedOn !== undefined) this.checkFundDate(dto.arrivedOn);
      const { version, ...fields } = dto;
      const changes: Partial<ProjectFund> = { ...fields, ...(fields.source !== undefined ? { source: fields.source.trim() } : {}) };
      await updateVersioned(em, ProjectFund, fundId, version, changes, ['funds tranche', '到位资金记录']);
    });
  }

  async removeFund(user: AuthUser, targetId: number, fundId: number, version: number): Promise<ProjectView> {
    return this.write(user, targetId, async (em) => {
      const fund = await this.fundOf(em, targetId, fundId, true);
      if (fund.version !== version) throw staleVersion('funds tranche', '到位资金记录');
      await removeAudited(em, ProjectFund, fund);
    });
  }

  async setYear(user: AuthUser, targetId: number, year: number, dto: ProjectYearDto): Promise<ProjectView> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw invalidField('year', 'invalid', 'year must be a whole year from 2000 to 2100', '年份必须是 2000 到 2100 之间的整数');
    return this.write(user, targetId, async (em) => {
      const current = await em
        .getRepository(ProjectYear)
        .createQueryBuilder('y')
        .setLock('pessimistic_write')
        .where('y.target_id = :targetId AND y.year = :year', { targetId, year })
        .getOne();
      const { version, ...fields } = dto;
      if (!current) {
        if (version) throw staleVersion('yearly figures', '年度数据');
        await em.save(
          ProjectYear,
          em.create(ProjectYear, { targetId, year, output: fields.output ?? null, tax: fields.tax ?? null, jobs: fields.jobs ?? null }),
        );
        return;
      }
      if (version !== current.version) throw staleVersion('yearly figures', '年度数据');
      await updateVersioned(em, ProjectYear, current.id, current.version, fields, ['yearly figures', '年度数据']);
    });
  }

  /** The four milestones of a signed target, created on first use (targets signed before projects existed). */
  async ensureMilestones(em: EntityManager, targetId: number): Promise<void> {
    await em.query(`INSERT INTO project_milestone (target_id, kind) SELECT $1, k FROM unnest($2::varchar[]) AS k ON CONFLICT (target_id, kind) DO NOTHING`, [
      targetId,
      [...MILESTONE_KINDS],
    ]);
  }

  private async write(user: AuthUser, targetId: number, work: (em: EntityManager) => Promise<void>): Promise<ProjectView> {
    await inTransaction(this.db, async (em) => {
      const { target } = await writableTarget(em, await this.access.load(user, em), targetId);
      if (!target.signedAt) throw notSigned();
      await this.ensureMilestones(em, targetId);
      await work(em);
    });
    return this.get(user, targetId);
  }

  private checkFundDate(arrivedOn: string): void {
    const today = shanghaiDate();
    if (arrivedOn > today)
      throw ruleBroken(
        'arrived_in_future',
        `arrivedOn ${arrivedOn} is in the future (today is ${today})`,
        `到位日期 ${arrivedOn} 晚于今天（${today}）`,
        'arrivedOn',
      );
  }

  private async fundOf(em: EntityManager, targetId: number, fundId: number, lock = false): Promise<ProjectFund> {
    const qb = em.getRepository(ProjectFund).createQueryBuilder('f').where('f.id = :fundId AND f.target_id = :targetId', { fundId, targetId });
    const fund = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!fund) throw notFound('Funds tranche', '到位资金记录');
    return fund;
  }

  private async milestones(em: EntityManager, targetId: number, lock = false): Promise<ProjectMilestone[]> {
    const qb = em.getRepository(ProjectMilestone).createQueryBuilder('m').where('m.target_id = :targetId', { targetId }).orderBy('m.id');
    const rows = await (lock ? qb.setLock('pessimistic_write') : qb).getMany();
    return MILESTONE_KINDS.map((k) => rows.find((r) => r.kind === k)).filter((m): m is ProjectMilestone => !!m);
  }

  private async view(em: EntityManager, target: Target): Promise<ProjectView> {
    const ctx = await projectContext(em, target.id);
    const thresholds = await this.reminders.thresholds(em, ctx.planId);
    const today = shanghaiDate();
    const signed = !!target.signedAt;
    const milestones = signed ? await this.milestones(em, target.id) : [];
    const funds = signed
      ? await em.query(
          `SELECT f.id, f.target_id AS "targetId", to_char(f.arrived_on, 'YYYY-MM-DD') AS "arrivedOn", f.amount::float8 AS amount, f.source, f.note,
                  f.created_by_id AS "createdById", u.display_name AS "createdByName", f.created_at AS "createdAt", f.updated_at AS "updatedAt", f.version
             FROM project_fund f LEFT JOIN app_user u ON u.id = f.created_by_id WHERE f.target_id = $1 ORDER BY f.arrived_on, f.id`,
          [target.id],
        )
      : [];
    const landing = await landingOfTarget(em, target.id);
    const fundsArrived = Math.round(funds.reduce((a: number, f: { amount: number }) => a + f.amount * 100, 0)) / 100;
    return {
      targetId: target.id,
      signed,
      signedAt: target.signedAt,
      signedInvestment: target.signedInvestment,
      signedOutput: target.signedOutput,
      signedJobs: target.signedJobs,
      landing: landing ?? null,
      thresholds,
      milestones: milestones.map((m) => ({
        id: m.id,
        kind: m.kind,
        plannedOn: m.plannedOn,
        actualOn: m.actualOn,
        version: m.version,
        ...milestoneLight(m, today, thresholds),
      })),
      funds,
      fundsArrived,
      fundsRate: target.signedInvestment && target.signedInvestment > 0 ? Math.round((fundsArrived / target.signedInvestment) * 10_000) / 10_000 : null,
      years: signed ? await em.find(ProjectYear, { where: { targetId: target.id }, order: { year: 'ASC' } }) : [],
    };
  }
}
