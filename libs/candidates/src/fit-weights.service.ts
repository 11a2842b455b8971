import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_FIT_WEIGHTS, FIT_COMPONENTS, type FitWeights } from '@crm/contracts';
import { inTransaction, pgCode, PG } from '@crm/database';
import { removeAudited } from '@crm/audit';
import { invalidField, notFound, staleVersion } from '@crm/http';
import type { FitWeightsDto, FitWeightsView } from './candidates.dto';
import { weightsProblem } from './fit-score.rules';
import { FitWeightsRow } from './fit-weights.entity';

const VIEW = `
  SELECT 'plan-' || p.id AS id, p.id AS "planId", p.title AS "planTitle", p.region AS "planRegion", w.id IS NOT NULL AS overridden,
         ${FIT_COMPONENTS.map((k) => `coalesce(w.${k}, ${DEFAULT_FIT_WEIGHTS[k]})::int AS "${k}"`).join(', ')},
         w.version, w.updated_at AS "updatedAt"
    FROM plan p LEFT JOIN fit_weights w ON w.plan_id = p.id`;

/** The fit score's weights per plan (候选企业评分权重): a plan's own row, or the defaults. */
@Injectable()
export class FitWeightsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The weights a plan's fit_weights row gives, or the defaults when it has none. */
  fromRow(row: Partial<FitWeights> | null): { weights: FitWeights; fromDefaults: boolean } {
    if (!row) return { weights: { ...DEFAULT_FIT_WEIGHTS }, fromDefaults: true };
    return { weights: Object.fromEntries(FIT_COMPONENTS.map((k) => [k, Number(row[k])])) as FitWeights, fromDefaults: false };
  }

  async list(): Promise<FitWeightsView[]> {
    return this.db.query(`${VIEW} ORDER BY p.id`);
  }

  async view(planId: number, em: EntityManager = this.db.manager): Promise<FitWeightsView> {
    const [row] = await em.query(`${VIEW} WHERE p.id = $1`, [planId]);
    if (!row) throw notFound('Plan', '规划');
    return row;
  }

  /** Creates or updates a plan's weights. `version` is the one read (null when the plan used the defaults): a stale one gets 409. */
  async save(planId: number, dto: FitWeightsDto): Promise<FitWeightsView> {
    try {
      return await inTransaction(this.db, async (em) => {
        if (!(await em.query('SELECT 1 FROM plan WHERE id = $1', [planId])).length) throw notFound('Plan', '规划');
        const repo = em.getRepository(FitWeightsRow);
        const current = await repo.createQueryBuilder('w').setLock('pessimistic_write').where('w.plan_id = :planId', { planId }).getOne();
        const { version, ...fields } = dto;
        // Someone else gave the plan its own weights (or reset them) since the caller read it.
        if (version !== undefined && (current?.version ?? null) !== version) throw staleVersion('fit weights', '评分权重');
        const merged = Object.assign(current ?? repo.create({ planId, ...DEFAULT_FIT_WEIGHTS }), fields);
        const problem = weightsProblem(merged);
        if (problem) throw invalidField(problem.field, 'rule', problem.message, problem.messageZh);
        await repo.save(merged);
        return this.view(planId, em);
      });
    } catch (err) {
      // Two first saves of the same plan at once: the second one read "no row" too.
      if (pgCode(err) === PG.uniqueViolation) throw staleVersion('fit weights', '评分权重');
      throw err;
    }
  }

  /** 恢复默认: the plan drops its own weights. `version`, when given, must be the current one. */
  async reset(planId: number, version?: number): Promise<FitWeightsView> {
    return inTransaction(this.db, async (em) => {
      if (!(await em.query('SELECT 1 FROM plan WHERE id = $1', [planId])).length) throw notFound('Plan', '规划');
      const current = await em
        .getRepository(FitWeightsRow)
        .createQueryBuilder('w')
        .setLock('pessimistic_write')
        .where('w.plan_id = :planId', { planId })
        .getOne();
      if (current && version !== undefined && version !== current.version) throw staleVersion('fit weights', '评分权重');
      if (current) await removeAudited(em, FitWeightsRow, current);
      return this.view(planId, em);
    });
  }
}
