import type * as ExcelJS from 'exceljs';
import { isOverdue, MILESTONE_KINDS, MILESTONE_LABELS, projectRates, type MilestoneDates } from '@crm/projects';
import { money } from './format.util';

/** After signing (issue 17): the project columns of the pipeline workbook and the weekly report. */
export const PROJECT_COLUMNS = [
  { header: '到位资金（万元）', key: 'fundsArrived', width: 16 },
  { header: '资金到位率', key: 'fundsRate', width: 12 },
  ...MILESTONE_KINDS.map((k) => ({ header: MILESTONE_LABELS[k], key: `m_${k}`, width: 16 })),
  { header: '逾期节点', key: 'overdueMilestones', width: 20 },
  { header: '未办结批示', key: 'openInstructions', width: 10 },
];

/** Select-list fragment over the target alias `t`. */
export const PROJECT_SELECT = `
  (SELECT sum(pf.amount) FROM project_fund pf WHERE pf.target_id = t.id) AS funds_arrived,
  (SELECT json_agg(json_build_object('kind', m.kind, 'plannedOn', to_char(m.planned_on, 'YYYY-MM-DD'), 'actualOn', to_char(m.actual_on, 'YYYY-MM-DD')))
     FROM project_milestone m WHERE m.target_id = t.id) AS milestones,
  (SELECT count(*)::int FROM instruction i WHERE i.target_id = t.id AND i.state = 'open') AS open_instructions`;

export interface ProjectRowFields {
  signed_investment: string | number | null;
  funds_arrived: string | number | null;
  milestones: MilestoneDates[] | null;
  open_instructions: number;
}

/**
 * The cells of one row: funds and 到位率 (arrived ÷ signed, as a number shown as %), each milestone
 * as its actual date or "计划 <date>", the overdue ones by name, open 批示. Empty for unsigned targets.
 */
export function projectCells(r: ProjectRowFields, today: string): Record<string, string | number | null> {
  const signed = money(r.signed_investment);
  const arrived = money(r.funds_arrived) ?? 0;
  const ms = r.milestones ?? [];
  const cells: Record<string, string | number | null> = {
    fundsArrived: ms.length || arrived ? arrived : null,
    fundsRate: signed && signed > 0 && (ms.length || arrived) ? Math.round((arrived / signed) * 10_000) / 10_000 : null,
    overdueMilestones: ms
      .filter((m) => isOverdue(m, today))
      .map((m) => MILESTONE_LABELS[m.kind])
      .join('、'),
    openInstructions: r.open_instructions || null,
  };
  for (const k of MILESTONE_KINDS) {
    const m = ms.find((x) => x.kind === k);
    cells[`m_${k}`] = m?.actualOn ?? (m?.plannedOn ? `计划 ${m.plannedOn}` : '');
  }
  return cells;
}

/** Shows the 到位率 cell as a percentage. */
export function formatProjectRow(row: ExcelJS.Row): void {
  row.getCell('fundsRate').numFmt = '0.0%';
}

export interface SignedProjectRow extends ProjectRowFields {
  firm: string;
  chain: string;
  owner: string;
  stage: string;
}

/** Select list for the weekly report's 签约项目 sheet (signed targets in scope; alias t, f, c, u). */
export const SIGNED_PROJECTS_SELECT = `f.name AS firm, c.name AS chain, u.display_name AS owner, t.stage, t.signed_investment, ${PROJECT_SELECT}`;

const pct = (v: number | null) => (v === null ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`);

/** The summary lines: the four rates as of `today`, same definitions as the cockpit. */
export function projectSummaryLines(rows: readonly SignedProjectRow[], today: string): [string, string | number][] {
  const r = projectRates(
    rows.map((p) => ({
      stage: p.stage,
      signedInvestment: money(p.signed_investment),
      fundsArrived: money(p.funds_arrived) ?? 0,
      milestones: p.milestones ?? [],
    })),
    today,
  );
  return [
    ['签约项目（累计）', r.signed],
    ['履约率', `${pct(r.fulfilmentRate)}（${r.keeping}/${r.signed}）`],
    ['开工率', `${pct(r.startRate)}（${r.started}/${r.signed}）`],
    ['投产率', `${pct(r.productionRate)}（${r.producing}/${r.signed}）`],
    ['资金到位率', `${pct(r.fundsRate)}（${r.fundsArrived}/${r.signedInvestment} 万元）`],
  ];
}
