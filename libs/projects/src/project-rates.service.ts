import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { targetReadScope, UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { idList, invalidField, parseJsonParam } from '@crm/http';
import { TARGET_ROWS_SQL } from '@crm/pipeline/reads';
import { shanghaiDate } from '@crm/time';
import { ReminderRulesService } from '@crm/reminders';
import { isOverdue, milestoneLight, type MilestoneDates } from './milestone.rules';
import { projectRates, RATE_DEFINITIONS, ratesBy, type ProjectFacts } from './rates.rules';
import type { KeyProject as KeyProjectShape, ProjectRatesAnswer } from '@crm/contracts';

export const RATE_GROUPS = ['plan', 'chain', 'owner'] as const;
export type RateGroup = (typeof RATE_GROUPS)[number];

export interface SignedProject extends ProjectFacts {
  targetId: number;
  firmName: string;
  planId: number;
  planTitle: string;
  chainId: number;
  chainName: string;
  ownerId: number;
  ownerName: string;
}

export type KeyProject = KeyProjectShape<Date>;

/**
 * 履约率, 开工率, 投产率, 资金到位率 over the signed projects the caller may read (the pure rules in
 * rates.rules.ts do the arithmetic), overall and per plan, chain or owner; and the 重点项目 list.
 */
@Injectable()
export class ProjectRatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly rules: ReminderRulesService,
  ) {}

  /** Every signed project in the caller's scope (optionally some plans or chains only), with its milestones and funds. */
  async signedProjects(user: AuthUser, filter: { planId?: number[]; chainId?: number[] } = {}): Promise<SignedProject[]> {
    const scope = targetReadScope(await this.access.load(user), 't');
    const params: unknown[] = [];
    const named = scope.sql.replace(/:(\w+)/g, (_, name: string) => `$${params.push(scope.params[name])}`);
    const where = [`t.signed_at IS NOT NULL`, named];
    if (filter.planId) where.push(`c.plan_id = ANY($${params.push(filter.planId)}::int[])`);
    if (filter.chainId) where.push(`t.chain_id = ANY($${params.push(filter.chainId)}::int[])`);
    const rows: (SignedProject & { milestones: MilestoneDates[] | null })[] = await this.db.query(
      `SELECT t.id AS "targetId", f.name AS "firmName", t.stage, t.signed_investment::float8 AS "signedInvestment",
              coalesce((SELECT sum(pf.amount) FROM project_fund pf WHERE pf.target_id = t.id), 0)::float8 AS "fundsArrived",
              (SELECT json_agg(json_build_object('kind', m.kind, 'plannedOn', to_char(m.planned_on, 'YYYY-MM-DD'), 'actualOn', to_char(m.actual_on, 'YYYY-MM-DD')))
                 FROM project_milestone m WHERE m.target_id = t.id) AS milestones,
              c.plan_id AS "planId", p.title AS "planTitle", t.chain_id AS "chainId", c.name AS "chainName", t.owner_id AS "ownerId", u.display_name AS "ownerName"
         FROM ${TARGET_ROWS_SQL} t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN plan p ON p.id = c.plan_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${where.join(' AND ')}
        ORDER BY t.id`,
      params,
    );
    return rows.map((r) => ({ ...r, milestones: r.milestones ?? [] }));
  }

  async rates(user: AuthUser, query: { by?: unknown; filter?: unknown }): Promise<ProjectRatesAnswer> {
    const by = query.by === undefined || query.by === '' ? null : (query.by as RateGroup);
    if (by !== null && !RATE_GROUPS.includes(by))
      throw invalidField('by', 'isIn', `by must be one of ${RATE_GROUPS.join(', ')}`, `分组必须是 ${RATE_GROUPS.join('、')} 之一`);
    const filter = this.filter(query.filter);
    const projects = await this.signedProjects(user, filter);
    const today = shanghaiDate();
    const group = (p: SignedProject) =>
      by === 'plan' ? { key: p.planId, label: p.planTitle } : by === 'chain' ? { key: p.chainId, label: p.chainName } : { key: p.ownerId, label: p.ownerName };
    return { definitions: RATE_DEFINITIONS, asOf: today, total: projectRates(projects, today), by, rows: by ? ratesBy(projects, group, today) : [] };
  }

  /** 重点项目: overdue milestones (reddest first) and open instructions (soonest due first) in the caller's scope. */
  async keyProjects(user: AuthUser, query: { filter?: unknown } = {}): Promise<KeyProject[]> {
    const projects = await this.signedProjects(user, this.filter(query.filter));
    const today = shanghaiDate();
    const thresholds = new Map<number, { yellowDays: number; redDays: number }>();
    const out: KeyProject[] = [];
    for (const p of projects) {
      if (p.stage === 'lost') continue;
      for (const m of p.milestones.filter((x) => isOverdue(x, today))) {
        if (!thresholds.has(p.planId)) {
          const r = await this.rules.forPlan(this.db.manager, p.planId);
          thresholds.set(p.planId, { yellowDays: r.milestoneYellowDays, redDays: r.milestoneRedDays });
        }
        const { light, daysLate } = milestoneLight(m, today, thresholds.get(p.planId)!);
        out.push({
          targetId: p.targetId,
          firmName: p.firmName,
          chainName: p.chainName,
          ownerName: p.ownerName,
          reason: 'milestone',
          milestoneKind: m.kind,
          plannedOn: m.plannedOn!,
          daysLate,
          light,
        });
      }
    }
    out.sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0));
    const scope = targetReadScope(await this.access.load(user), 't');
    const params: unknown[] = [];
    const named = scope.sql.replace(/:(\w+)/g, (_, name: string) => `$${params.push(scope.params[name])}`);
    const open: KeyProject[] = await this.db.query(
      `SELECT t.id AS "targetId", f.name AS "firmName", c.name AS "chainName", u.display_name AS "ownerName", 'instruction' AS reason,
              i.id AS "instructionId", i.body AS "instructionBody", asg.display_name AS "assigneeName", i.due_at AS "dueAt", i.due_at < now() AS overdue
         FROM instruction i JOIN ${TARGET_ROWS_SQL} t ON t.id = i.target_id JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id
         JOIN app_user u ON u.id = t.owner_id JOIN app_user asg ON asg.id = i.assignee_id
        WHERE i.state = 'open' AND ${named} ORDER BY i.due_at, i.id LIMIT 200`,
      params,
    );
    return [...out, ...open];
  }

  private filter(raw: unknown): { planId?: number[]; chainId?: number[] } {
    if (raw === undefined || raw === '') return {};
    const f = parseJsonParam('filter', raw) as Record<string, unknown>;
    if (typeof f !== 'object' || f === null || Array.isArray(f))
      throw invalidField('filter', 'invalid', 'filter must be a JSON object', '查询参数 filter 无效');
    return { planId: idList(f.planId, 'planId'), chainId: idList(f.chainId, 'chainId') };
  }
}
