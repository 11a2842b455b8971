import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { namedQuery } from '@crm/database';
import { targetConditions, type Stage, type TargetFilterDto } from '@crm/pipeline';
import { shanghaiDate } from '@crm/time';
import { cellDateTime } from './format.util';
import { formatProjectRow, PROJECT_COLUMNS, PROJECT_SELECT, projectCells, type ProjectRowFields } from './project-columns';
import { PURSUIT_COLUMNS, TARGET_COLUMNS, targetCells } from './target-columns';
import { addSheet, streamWorkbook } from './xlsx-stream';

const BATCH = 1000;
const C = TARGET_COLUMNS;

export const PIPELINE_COLUMNS = [
  { header: '编号', key: 'id', width: 8 },
  { ...C.firm, width: 24 },
  C.creditCode,
  C.tags,
  C.chain,
  ...PURSUIT_COLUMNS,
  ...PROJECT_COLUMNS,
  C.nextFollowUpAt,
  C.lastActivityAt,
  { header: '进入本阶段', key: 'stageEnteredAt', width: 18 },
];

interface Row extends ProjectRowFields {
  id: number;
  firm: string;
  credit_code: string | null;
  tags: string[];
  chain: string;
  link: string;
  stage: Stage;
  owner: string;
  method: string | null;
  expected_investment: string | null;
  next_follow_up_at: Date | null;
  last_activity_at: Date;
  stage_entered_at: Date;
}

/** 招商项目清单: every target the caller may read that matches the filters, read in id-ordered batches. */
@Injectable()
export class PipelineExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserContextService,
  ) {}

  async write(user: AuthUser, f: TargetFilterDto, res: Response): Promise<void> {
    const c = targetConditions(await this.users.load(user), f);
    const today = shanghaiDate();
    await streamWorkbook(res, '招商项目清单.xlsx', 'pipeline.xlsx', async (wb) => {
      const ws = addSheet(wb, '招商项目', PIPELINE_COLUMNS);
      let after = 0;
      for (;;) {
        const rows = await namedQuery<Row>(
          this.db,
          `SELECT t.id, f.name AS firm, f.credit_code, f.tags, c.name AS chain, cl.name AS link, t.stage, u.display_name AS owner, t.method,
                  t.expected_investment, t.signed_investment, t.next_follow_up_at, t.last_activity_at, t.stage_entered_at, ${PROJECT_SELECT}
             FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id
             JOIN chain_link cl ON cl.id = t.chain_link_id JOIN app_user u ON u.id = t.owner_id
            WHERE ${c.sql} AND t.id > :after ORDER BY t.id LIMIT :batch`,
          { ...c.params, after, batch: BATCH },
        );
        for (const r of rows) {
          const row = ws.addRow({
            id: r.id,
            ...targetCells(r),
            stageEnteredAt: cellDateTime(r.stage_entered_at),
            ...projectCells(r, today),
          });
          formatProjectRow(row);
          row.commit();
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1].id;
      }
      ws.commit();
    });
  }
}
