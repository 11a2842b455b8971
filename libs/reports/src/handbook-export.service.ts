import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import type { Coverage } from '@crm/chain-map';
import { ChainViewService } from '@crm/cockpit';
import { namedQuery } from '@crm/database';
import { targetConditions, type Stage } from '@crm/pipeline';
import { PURSUIT_COLUMNS, TARGET_COLUMNS as C, targetCells } from './target-columns';
import { streamWorkbook, writeSheet, writeSummarySheet } from './xlsx-stream';

const COVERAGE_LABELS: Record<Coverage, string> = { landed: '已落地', local: '本地企业', in_progress: '在谈', lead_only: '仅线索', gap: '缺口' };
const POSITION_LABELS: Record<string, string> = { upstream: '上游', midstream: '中游', downstream: '下游', 'sub-domain': '细分领域' };

interface TargetRow {
  id: number;
  firm: string;
  full_name: string | null;
  credit_code: string | null;
  hq_city: string | null;
  tags: string[];
  profile: string | null;
  link: string;
  stage: Stage;
  owner: string;
  method: string | null;
  expected_investment: string | null;
  signed_investment: string | null;
  next_follow_up_at: Date | null;
  last_activity_at: Date;
}

/**
 * 产业链招商手册: the chain at a glance (链概况), its links with action and coverage (环节), and the
 * target firms with their profile and status (目标企业) — the targets limited to the caller's scope.
 */
@Injectable()
export class HandbookExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserContextService,
    private readonly chains: ChainViewService,
  ) {}

  async write(user: AuthUser, chainId: number, res: Response): Promise<void> {
    const ctx = await this.users.load(user);
    const view = await this.chains.view(ctx, chainId); // 404 for a missing or foreign chain, before any byte is sent
    const c = targetConditions(ctx, { chainId });
    const targets = await namedQuery<TargetRow>(
      this.db,
      `SELECT t.id, f.name AS firm, f.full_name, f.credit_code, f.hq_city, f.tags, f.profile, cl.name AS link, t.stage,
              u.display_name AS owner, t.method, t.expected_investment, t.signed_investment, t.next_follow_up_at, t.last_activity_at
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain_link cl ON cl.id = t.chain_link_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${c.sql} ORDER BY cl.sort_order, cl.id, t.id`,
      c.params,
    );
    await streamWorkbook(res, `${view.chain.name}产业链招商手册.xlsx`, `chain-${chainId}-handbook.xlsx`, async (wb) => {
      const live = view.links.reduce((n, l) => n + l.liveTargets.length, 0);
      writeSummarySheet(
        wb,
        '链概况',
        '内容',
        [18, 60],
        [
          ['产业链', view.chain.name],
          ['所属规划', view.chain.plan],
          ['类别', view.chain.kind],
          ['招商策略', view.chain.action ?? ''],
          ['简介', view.chain.description ?? ''],
          ['环节数', view.totals.links],
          ['已覆盖环节', view.totals.covered],
          ['招引中环节', view.totals.inProgress],
          ['仅线索环节', view.totals.leadOnly],
          ['缺口环节', view.totals.gaps],
          ['覆盖率（%）', view.totals.coveragePercent ?? ''],
          ['链主企业', view.chainOwners.map((o) => o.name).join('、')],
          ['在谈目标企业数', live],
          ['目标企业总数', targets.length],
        ],
      );

      const linkColumns = [
        { header: '环节', key: 'name', width: 20 },
        { header: '位置', key: 'position', width: 10 },
        { header: '招商策略', key: 'action', width: 10 },
        { header: '覆盖状态', key: 'status', width: 10 },
        { header: '本地企业', key: 'localFirms', width: 30 },
        { header: '已落地项目数', key: 'landed', width: 12 },
        { header: '在谈目标企业', key: 'live', width: 40 },
      ];
      writeSheet(wb, '环节', linkColumns, view.links, (l) => ({
        name: l.name,
        position: POSITION_LABELS[l.position] ?? l.position,
        action: l.action ?? '',
        status: COVERAGE_LABELS[l.coverage],
        localFirms: l.localFirms.join('、'),
        landed: l.landedTargets,
        live: l.liveTargets.map((t) => `${t.firm}（${t.stageLabel}）`).join('、'),
      }));

      const firmColumns = [
        C.firm,
        { header: '企业全称', key: 'fullName', width: 30 },
        C.creditCode,
        { header: '总部城市', key: 'hqCity', width: 10 },
        C.tags,
        { header: '企业简介', key: 'profile', width: 40 },
        ...PURSUIT_COLUMNS,
        C.nextFollowUpAt,
        C.lastActivityAt,
      ];
      writeSheet(wb, '目标企业', firmColumns, targets, (t) => ({
        ...targetCells(t),
        fullName: t.full_name ?? '',
        hqCity: t.hq_city ?? '',
        profile: t.profile ?? '',
      }));
    });
  }
}
