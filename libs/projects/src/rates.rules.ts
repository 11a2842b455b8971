import type { ProjectRates } from '@crm/contracts';
import { isOverdue, type MilestoneDates } from './milestone.rules';

/** What the rates need to know of one signed project. */
export interface ProjectFacts {
  stage: string;
  /** 签约投资额, 万元; null or 0 when the agreement states none. */
  signedInvestment: number | null;
  /** Σ 到位资金 tranches, 万元. */
  fundsArrived: number;
  milestones: readonly MilestoneDates[];
}

/** The counts and rates over a set of signed projects (the shape lives in libs/contracts). */
export type { ProjectRates };

/** The definitions the cockpit shows next to the figures (and the note repeats). */
export const RATE_DEFINITIONS = {
  fulfilmentRate: {
    zh: '履约率 = 未流失且没有逾期节点（计划日期已过、尚无实际日期）的签约项目数 ÷ 签约项目数',
    en: 'Fulfilment = signed projects not lost and with no overdue milestone (planned date passed, no actual date) ÷ signed projects',
  },
  startRate: {
    zh: '开工率 = 已登记「入驻/开工」实际日期的签约项目数 ÷ 签约项目数',
    en: 'Start rate = signed projects with a move-in/start date ÷ signed projects',
  },
  productionRate: {
    zh: '投产率 = 已登记「投产/运营」实际日期的签约项目数 ÷ 签约项目数',
    en: 'Production rate = signed projects with a production/operation date ÷ signed projects',
  },
  fundsRate: {
    zh: '资金到位率 = 到位资金合计 ÷ 签约投资额合计（只计有签约投资额的项目，万元）',
    en: 'Funds rate = funds arrived ÷ signed investment, over projects with a signed investment (万元)',
  },
} as const;

const ratio = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);
const cents = (v: number): number => Math.round(v * 100) / 100;

/** The four rates over a set of signed projects, as of `today` (YYYY-MM-DD, Asia/Shanghai). Ratios to 4 decimals. */
export function projectRates(projects: readonly ProjectFacts[], today: string): ProjectRates {
  let keeping = 0;
  let started = 0;
  let producing = 0;
  let signedInvestment = 0;
  let fundsArrived = 0;
  for (const p of projects) {
    if (p.stage !== 'lost' && !p.milestones.some((m) => isOverdue(m, today))) keeping++;
    if (p.milestones.some((m) => m.kind === 'settled' && m.actualOn)) started++;
    if (p.milestones.some((m) => m.kind === 'producing' && m.actualOn)) producing++;
    if (p.signedInvestment && p.signedInvestment > 0) {
      signedInvestment += p.signedInvestment;
      fundsArrived += p.fundsArrived;
    }
  }
  const signed = projects.length;
  signedInvestment = cents(signedInvestment);
  fundsArrived = cents(fundsArrived);
  return {
    signed,
    keeping,
    started,
    producing,
    signedInvestment,
    fundsArrived,
    fulfilmentRate: ratio(keeping, signed),
    startRate: ratio(started, signed),
    productionRate: ratio(producing, signed),
    fundsRate: ratio(fundsArrived, signedInvestment),
  };
}

/** The rates per group (plan, chain or owner), groups in first-seen order. */
export function ratesBy<P extends ProjectFacts>(
  projects: readonly P[],
  group: (p: P) => { key: number; label: string },
  today: string,
): ({ key: number; label: string } & ProjectRates)[] {
  const groups = new Map<number, { label: string; items: P[] }>();
  for (const p of projects) {
    const g = group(p);
    const entry = groups.get(g.key) ?? { label: g.label, items: [] };
    entry.items.push(p);
    groups.set(g.key, entry);
  }
  return [...groups].map(([key, g]) => ({ key, label: g.label, ...projectRates(g.items, today) }));
}
