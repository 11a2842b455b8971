import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserContextService, type UserContext } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import type { BoardColumnQueryDto, BoardFilterDto, BoardQueryDto } from './board.dto';
import { STAGES, type Stage } from './stage';
import { orderTargets, toTargetRow, visibleTargets, type TargetFilters, type TargetRow } from './target-query';

export interface BoardColumn {
  stage: Stage;
  count: number;
  /** Sum of expectedInvestment (万元) over the whole column, not just the cards sent. */
  sumExpectedInvestment: number;
  offset: number;
  cards: TargetRow[];
}

const toFilters = (f: BoardFilterDto): TargetFilters => ({
  chainIds: f.chainId ? [f.chainId] : undefined,
  ownerIds: f.ownerId ? [f.ownerId] : undefined,
  methods: f.method ? [f.method] : undefined,
  q: f.q || undefined,
});

/** The kanban: one column per stage with totals over every visible target, and pages of cards. */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
  ) {}

  async board(user: AuthUser, dto: BoardQueryDto): Promise<{ columns: BoardColumn[] }> {
    const ctx = await this.access.load(user);
    const filters = toFilters(dto);
    const totals = await this.totals(ctx, filters);
    const perColumn = dto.perColumn ?? 50;
    const columns = await Promise.all(STAGES.map((stage) => this.cards(ctx, filters, stage, 0, perColumn, totals)));
    return { columns };
  }

  async column(user: AuthUser, stage: Stage, dto: BoardColumnQueryDto): Promise<BoardColumn> {
    const ctx = await this.access.load(user);
    const filters = toFilters(dto);
    return this.cards(ctx, filters, stage, dto.offset ?? 0, dto.limit ?? 50, await this.totals(ctx, filters, stage));
  }

  private async totals(ctx: UserContext, filters: TargetFilters, stage?: Stage): Promise<Map<Stage, { count: number; sum: number }>> {
    const rows: { stage: Stage; count: string; sum: string }[] = await visibleTargets(this.db.manager, ctx, stage ? { ...filters, stages: [stage] } : filters)
      .select('t.stage', 'stage')
      .addSelect('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(t.expected_investment), 0)', 'sum')
      .groupBy('t.stage')
      .getRawMany();
    return new Map(rows.map((r) => [r.stage, { count: Number(r.count), sum: Number(r.sum) }]));
  }

  private async cards(ctx: UserContext, filters: TargetFilters, stage: Stage, offset: number, limit: number, totals: Map<Stage, { count: number; sum: number }>): Promise<BoardColumn> {
    const t = totals.get(stage) ?? { count: 0, sum: 0 };
    const rows = limit > 0 && offset < t.count ? await orderTargets(visibleTargets(this.db.manager, ctx, { ...filters, stages: [stage] }), 'lastActivityAt', 'DESC').offset(offset).limit(limit).getMany() : [];
    return { stage, count: t.count, sumExpectedInvestment: t.sum, offset, cards: rows.map(toTargetRow) };
  }
}
