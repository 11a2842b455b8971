import { STAGE_LABELS, type Stage } from '@crm/pipeline';
import { cellDateTime, money } from './format.util';
import type { SheetColumn } from './xlsx-stream';

/** The target columns the workbooks share (招商项目清单, 产业链招商手册, 周报), each defined once. */
export const TARGET_COLUMNS = {
  firm: { header: '企业名称', key: 'firm', width: 22 },
  creditCode: { header: '统一社会信用代码', key: 'creditCode', width: 22 },
  tags: { header: '标签', key: 'tags', width: 16 },
  chain: { header: '产业链', key: 'chain', width: 16 },
  link: { header: '环节', key: 'link', width: 16 },
  stage: { header: '阶段', key: 'stage', width: 8 },
  owner: { header: '招商专员', key: 'owner', width: 12 },
  method: { header: '招商方式', key: 'method', width: 12 },
  expectedInvestment: { header: '预计投资额（万元）', key: 'expectedInvestment', width: 16 },
  signedInvestment: { header: '签约投资额（万元）', key: 'signedInvestment', width: 16 },
  nextFollowUpAt: { header: '下次跟进', key: 'nextFollowUpAt', width: 18 },
  lastActivityAt: { header: '最近活动', key: 'lastActivityAt', width: 18 },
} satisfies Record<string, SheetColumn>;

/** Where a target stands: its link, stage, owner, method and amounts (the handbook's and the pipeline list's middle columns). */
export const PURSUIT_COLUMNS: SheetColumn[] = [
  TARGET_COLUMNS.link,
  TARGET_COLUMNS.stage,
  TARGET_COLUMNS.owner,
  TARGET_COLUMNS.method,
  TARGET_COLUMNS.expectedInvestment,
  TARGET_COLUMNS.signedInvestment,
];

/** A target row as the report queries return it; each report selects the fields its sheet shows. */
export interface TargetRowFields {
  firm: string;
  credit_code?: string | null;
  tags?: string[];
  chain?: string;
  link?: string;
  stage?: Stage;
  owner?: string;
  method?: string | null;
  expected_investment?: string | number | null;
  signed_investment?: string | number | null;
  next_follow_up_at?: Date | null;
  last_activity_at?: Date | null;
}

/** The cells of TARGET_COLUMNS for one row (a sheet shows those of its columns). */
export function targetCells(r: TargetRowFields): Record<keyof typeof TARGET_COLUMNS, string | number | null | undefined> {
  return {
    firm: r.firm,
    creditCode: r.credit_code ?? '',
    tags: r.tags?.join('、') ?? '',
    chain: r.chain,
    link: r.link,
    stage: r.stage && STAGE_LABELS[r.stage],
    owner: r.owner,
    method: r.method ?? '',
    expectedInvestment: money(r.expected_investment),
    signedInvestment: money(r.signed_investment),
    nextFollowUpAt: cellDateTime(r.next_follow_up_at),
    lastActivityAt: cellDateTime(r.last_activity_at),
  };
}
