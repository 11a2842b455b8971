import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { invalidField } from '@crm/http';
import { namedQuery } from '@crm/database';
import { STAGE_LABELS, TargetFilterDto, targetConditions, type Stage } from '@crm/pipeline';
import { shanghaiDate, shanghaiWeek } from '@crm/time';
import { cellDateTime } from './format.util';
import { formatProjectRow, PROJECT_COLUMNS, projectCells, projectSummaryLines, SIGNED_PROJECTS_SELECT, type SignedProjectRow } from './project-columns';
import { TARGET_COLUMNS as C, targetCells } from './target-columns';
import { streamWorkbook, writeSheet, writeSummarySheet } from './xlsx-stream';

export class WeeklyReportQueryDto extends TargetFilterDto {
  @ApiPropertyOptional({ description: "ISO week '2026-W12' or any date in it '2026-03-18'; default this week (Asia/Shanghai)" })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  week?: string;
}

/** 1 亿元 = 10,000 万元: the size at which a project is reported on its own. */
export const BIG_PROJECT_WAN = 10_000;

/**
 * 招商工作周报: what entered lead/contact/signed/landed this week, projects of 1 亿元 and more, and
 * follow-ups overdue at the end of the week (or now, for the current week) by owner.
 */
@Injectable()
export class WeeklyReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserContextService,
  ) {}

  async write(user: AuthUser, q: WeeklyReportQueryDto, res: Response): Promise<void> {
    const week = shanghaiWeek(q.week);
    if (!week) throw invalidField('week', 'invalid', `week must be like 2026-W12 or 2026-03-18, got "${q.week}"`, '周必须形如 2026-W12 或 2026-03-18');
    const c = targetConditions(await this.users.load(user), q);
    const asOf = new Date(Math.min(Date.now(), week.end.getTime()));
    const params = { ...c.params, wStart: week.start, wEnd: week.end, asOf, big: BIG_PROJECT_WAN };

    const moves = await namedQuery<{
      to_stage: Stage;
      firm: string;
      chain: string;
      link: string;
      owner: string;
      at: Date;
      expected_investment: string | null;
      signed_investment: string | null;
    }>(
      this.db,
      `SELECT sc.to_stage, f.name AS firm, c.name AS chain, cl.name AS link, u.display_name AS owner, sc.at, t.expected_investment, t.signed_investment
         FROM stage_change sc JOIN target t ON t.id = sc.target_id JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id
         JOIN chain_link cl ON cl.id = t.chain_link_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${c.sql} AND sc.to_stage IN ('lead', 'contact', 'signed', 'landed') AND sc.at >= :wStart AND sc.at < :wEnd
        ORDER BY array_position(ARRAY['lead', 'contact', 'signed', 'landed']::varchar[], sc.to_stage), sc.at, sc.id`,
      params,
    );
    const big = await namedQuery<{
      firm: string;
      chain: string;
      stage: Stage;
      owner: string;
      expected_investment: string | null;
      signed_investment: string | null;
    }>(
      this.db,
      `SELECT f.name AS firm, c.name AS chain, t.stage, u.display_name AS owner, t.expected_investment, t.signed_investment
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${c.sql} AND t.stage <> 'lost' AND GREATEST(COALESCE(t.expected_investment, 0), COALESCE(t.signed_investment, 0)) >= :big
        ORDER BY GREATEST(COALESCE(t.expected_investment, 0), COALESCE(t.signed_investment, 0)) DESC, t.id`,
      params,
    );
    const overdue = await namedQuery<{ owner: string; owner_count: number; firm: string; chain: string; stage: Stage; next_follow_up_at: Date }>(
      this.db,
      `SELECT u.display_name AS owner, count(*) OVER (PARTITION BY t.owner_id)::int AS owner_count, f.name AS firm, c.name AS chain, t.stage, t.next_follow_up_at
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${c.sql} AND t.stage IN ('lead', 'contact', 'signed') AND t.next_follow_up_at < :asOf
        ORDER BY owner_count DESC, u.display_name, t.next_follow_up_at, t.id`,
      params,
    );

    // After signing (issue 17): every project signed by the week's end, with its milestones, funds and 批示.
    const projects = await namedQuery<SignedProjectRow>(
      this.db,
      `SELECT ${SIGNED_PROJECTS_SELECT}
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${c.sql} AND t.signed_at IS NOT NULL AND t.signed_at < :wEnd
        ORDER BY t.signed_at, t.id`,
      params,
    );
    const asOfDay = shanghaiDate(asOf);

    await streamWorkbook(res, `招商工作周报${week.label}.xlsx`, `weekly-report-${week.label}.xlsx`, async (wb) => {
      const count = (s: Stage) => moves.filter((m) => m.to_stage === s).length;
      writeSummarySheet(
        wb,
        '汇总',
        '数值',
        [22, 30],
        [
          ['报告周', week.label],
          ['起止日期', `${week.firstDay} 至 ${week.lastDay}`],
          ['本周新增线索', count('lead')],
          ['本周新增接洽', count('contact')],
          ['本周新增签约', count('signed')],
          ['本周新增落地', count('landed')],
          ['亿元以上项目', big.length],
          ['逾期跟进', overdue.length],
          ...projectSummaryLines(projects, asOfDay),
        ],
      );

      const newColumns = [
        { header: '类型', key: 'kind', width: 8 },
        C.firm,
        C.chain,
        C.link,
        C.owner,
        { header: '时间', key: 'at', width: 18 },
        C.expectedInvestment,
        C.signedInvestment,
      ];
      writeSheet(wb, '本周新增', newColumns, moves, (m) => ({ ...targetCells(m), kind: STAGE_LABELS[m.to_stage], at: cellDateTime(m.at) }));

      writeSheet(wb, '亿元以上项目', [C.firm, C.chain, C.stage, C.owner, C.expectedInvestment, C.signedInvestment], big, targetCells);

      const lateColumns = [
        C.owner,
        { header: '该专员逾期数', key: 'ownerCount', width: 12 },
        C.firm,
        C.chain,
        C.stage,
        { header: '应跟进时间', key: 'due', width: 18 },
        { header: '逾期天数', key: 'days', width: 10 },
      ];
      writeSheet(wb, '逾期跟进', lateColumns, overdue, (o) => ({
        ...targetCells(o),
        ownerCount: o.owner_count,
        due: cellDateTime(o.next_follow_up_at),
        days: Math.floor((asOf.getTime() - new Date(o.next_follow_up_at).getTime()) / 86_400_000),
      }));

      const signedColumns = [C.firm, C.chain, C.stage, C.owner, C.signedInvestment, ...PROJECT_COLUMNS];
      writeSheet(
        wb,
        '签约项目',
        signedColumns,
        projects,
        (p) => ({ ...targetCells({ ...p, stage: p.stage as Stage }), ...projectCells(p, asOfDay) }),
        formatProjectRow,
      );
    });
  }
}
