import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import type { BreakdownRow } from '@crm/contracts';
import { namedQuery } from '@crm/database';
import { targetConditions, type TargetFilterDto } from '@crm/pipeline';

export const BREAKDOWNS = ['chain', 'owner', 'method'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

const GROUPS: Record<Breakdown, { key: string; label: string; join: string }> = {
  chain: { key: 't.chain_id::text', label: 'c.name', join: 'JOIN chain c ON c.id = t.chain_id' },
  owner: { key: 't.owner_id::text', label: 'u.display_name', join: 'JOIN app_user u ON u.id = t.owner_id' },
  method: { key: `COALESCE(t.method, '')`, label: `COALESCE(t.method, '未填写')`, join: '' },
};

/** Targets grouped by chain, owner or recruitment method: counts per stage group and money. */
@Injectable()
export class BreakdownService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async by(ctx: UserContext, by: Breakdown, f: TargetFilterDto): Promise<BreakdownRow[]> {
    const g = GROUPS[by];
    const c = targetConditions(ctx, f);
    const rows = await namedQuery<{
      key: string | number | null;
      label: string;
      total: number;
      live: number;
      lead: number;
      contact: number;
      signed: number;
      landed: number;
      off_track: number;
      live_investment: string;
      signed_investment: string;
    }>(
      this.db,
      `SELECT ${g.key} AS key, ${g.label} AS label, count(*)::int AS total,
              count(*) FILTER (WHERE t.stage IN ('lead', 'contact', 'signed'))::int AS live,
              count(*) FILTER (WHERE t.stage = 'lead')::int AS lead,
              count(*) FILTER (WHERE t.stage = 'contact')::int AS contact,
              count(*) FILTER (WHERE t.stage = 'signed')::int AS signed,
              count(*) FILTER (WHERE t.stage = 'landed')::int AS landed,
              count(*) FILTER (WHERE t.stage IN ('paused', 'lost'))::int AS off_track,
              COALESCE(sum(t.expected_investment) FILTER (WHERE t.stage IN ('lead', 'contact', 'signed')), 0) AS live_investment,
              COALESCE(sum(t.signed_investment) FILTER (WHERE t.stage IN ('signed', 'landed')), 0) AS signed_investment
         FROM target t ${g.join} WHERE ${c.sql}
        GROUP BY 1, 2 ORDER BY total DESC, ${g.label} COLLATE "C"`,
      c.params,
    );
    return rows.map((r) => ({
      key: by === 'method' ? r.key || null : Number(r.key),
      label: r.label,
      total: r.total,
      live: r.live,
      lead: r.lead,
      contact: r.contact,
      signed: r.signed,
      landed: r.landed,
      offTrack: r.off_track,
      liveInvestment: Number(r.live_investment),
      signedInvestment: Number(r.signed_investment),
    }));
  }
}
