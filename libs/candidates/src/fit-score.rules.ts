/**
 * The fit score of a firm for a chain link (候选企业评分). Pure rules, no I/O.
 *
 * Each component turns one kind of fact the system holds into a fraction 0–1, multiplied by the
 * plan's weight for it (the most points it can give). A firm with no data for a component gets 0
 * and the source 无数据 — never a guess. Every component says which fact gave its points.
 */
import type { FitComponent, FitComponentKey, FitFact, FitWeights, TermFrom } from '@crm/contracts';
import { FIT_COMPONENTS } from '@crm/contracts';

export const NO_DATA = '无数据';

/** Where a term of the link comes from, and how much a match on it counts. */
export type TermOrigin = TermFrom;
export const TERM_WEIGHT: Record<TermOrigin, number> = { link: 1, tech: 0.8, chain: 0.6, plan: 0.4 };
export interface LinkTerm {
  text: string;
  from: TermOrigin;
}

/** Each further matched term adds this much to the best one's fraction (capped at 1). */
export const EXTRA_TERM = 0.1;

/** Tag values: the best tag counts fully, each other adds a fifth of its value (capped at 1). */
export const TAG_VALUE: Record<string, number> = {
  世界500强: 1,
  中国500强: 0.8,
  链主: 0.8,
  上市: 0.6,
  龙头: 0.6,
  小巨人: 0.6,
  专精特新: 0.5,
  高新技术企业: 0.3,
};
const OTHER_TAG = 0.2;

/** Registered capital bands (万元), highest first. */
export const CAPITAL_BANDS: readonly { min: number; fraction: number }[] = [
  { min: 100_000, fraction: 1 },
  { min: 10_000, fraction: 0.8 },
  { min: 5_000, fraction: 0.6 },
  { min: 1_000, fraction: 0.4 },
  { min: 100, fraction: 0.2 },
  { min: 0, fraction: 0.1 },
];

/**
 * HQ city: headquarters in the largest economies bring regional-HQ and branch investment
 * (总部经济); a firm of the plan's own city is easy to reach but rarely a new investment.
 */
export const CITY_TIERS: readonly { cities: readonly string[]; fraction: number; label: string; tier: 'tier1' | 'tier2' }[] = [
  { cities: ['北京', '上海', '深圳', '广州'], fraction: 1, label: 'tier 1', tier: 'tier1' },
  {
    cities: ['杭州', '成都', '南京', '武汉', '西安', '苏州', '天津', '合肥', '长沙', '青岛', '厦门', '宁波', '无锡', '郑州', '东莞', '佛山', '济南', '香港'],
    fraction: 0.6,
    label: 'tier 2',
    tier: 'tier2',
  },
];
const SAME_CITY = 0.3;
const OTHER_CITY = 0.2;

/** Relationship facts and what each adds. */
export const RELATIONSHIP_VALUE = { local: 0.4, target: 0.3, logs: 0.3 } as const;

/** What the system holds on one firm, as the fit score reads it. Term matches are indexes into the link's terms. */
export interface FirmFitFacts {
  tags: readonly string[];
  /** 所属行业 */
  industry: string | null;
  /** 经营范围 */
  businessScope: string | null;
  /** profile, name and full name together */
  profileText: string | null;
  /** 注册资本, 万元 */
  registeredCapital: number | null;
  hqCity: string | null;
  isLocal: boolean;
  /** Live targets (not 流失) of the firm on any link, any team: the 首报 date is all that is shown of them. */
  liveTargets: number;
  firstClaimedOn: string | null;
  /** Contact logs the caller may read, and the latest one's date. */
  visibleLogs: number;
  lastLogOn: string | null;
  /** Matched term indexes per text field; computed from the texts when absent (matchTerms). */
  matches?: { industry: readonly number[]; scope: readonly number[]; profile: readonly number[] };
}

export interface FitContext {
  terms: readonly LinkTerm[];
  weights: FitWeights;
  /** The plan's region (重庆市渝中区), to tell a firm of the same city. */
  region: string | null;
}

export interface FitScore {
  total: number;
  components: FitComponent[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const norm = (s: string) => s.toLowerCase();

/** Indexes of the terms found in the text (case-insensitive substring, as the SQL prefilter does with strpos(lower(…))). */
export function matchTerms(text: string | null, terms: readonly LinkTerm[]): number[] {
  if (!text) return [];
  const t = norm(text);
  const out: number[] = [];
  terms.forEach((term, i) => {
    if (t.includes(norm(term.text))) out.push(i);
  });
  return out;
}

function textComponent(field: string, text: string | null, matched: readonly number[], ctx: FitContext, sources: boolean): Part {
  if (!text || !text.trim()) return NONE;
  let best = 0;
  for (const i of matched) best = Math.max(best, TERM_WEIGHT[ctx.terms[i].from]);
  const fraction = matched.length ? Math.min(1, best + EXTRA_TERM * (matched.length - 1)) : 0;
  if (!sources) return { fraction, source: '', noData: false, fact: null };
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const terms = ctx.terms.map((t) => t.text);
  if (!matched.length)
    return { fraction, source: `${field}: ${shown} ∌ ${terms.join('/')}`, noData: false, fact: { kind: 'text', text: shown, hits: [], terms } };
  const hits = [...matched].map((i) => ctx.terms[i]).sort((a, b) => TERM_WEIGHT[b.from] - TERM_WEIGHT[a.from]);
  return {
    fraction,
    source: `${field}: ${shown} ∋ ${hits.map((h) => `${h.text} (${h.from})`).join(', ')}`,
    noData: false,
    fact: { kind: 'text', text: shown, hits: hits.map((h) => ({ text: h.text, from: h.from })), terms: [] },
  };
}

interface Part {
  fraction: number;
  source: string;
  noData: boolean;
  fact: FitFact | null;
}

const NONE: Part = { fraction: 0, source: NO_DATA, noData: true, fact: null };

function tagsComponent(tags: readonly string[], sources: boolean): Part {
  if (!tags.length) return NONE;
  const values = tags.map((t) => TAG_VALUE[t] ?? 0).sort((a, b) => b - a);
  const fraction = Math.min(1, values[0] + OTHER_TAG * values.slice(1).filter((v) => v > 0).length);
  if (!sources) return { fraction, source: '', noData: false, fact: null };
  return { fraction, source: `firm.tags: ${tags.join(', ')}`, noData: false, fact: { kind: 'tags', tags: [...tags] } };
}

function capitalComponent(capital: number | null, sources: boolean): Part {
  if (capital === null || !Number.isFinite(capital) || capital < 0) return NONE;
  const band = CAPITAL_BANDS.find((b) => capital >= b.min)!;
  if (!sources) return { fraction: band.fraction, source: '', noData: false, fact: null };
  return {
    fraction: band.fraction,
    source: `firm.registeredCapital: ${capital} 万元 (≥ ${band.min} 万元)`,
    noData: false,
    fact: { kind: 'capital', capital, bandMin: band.min },
  };
}

const cityName = (s: string) => s.trim().replace(/(特别行政区|市)$/, '');

function cityComponent(hqCity: string | null, region: string | null, sources: boolean): Part {
  if (!hqCity || !hqCity.trim()) return NONE;
  const city = cityName(hqCity);
  const tier = CITY_TIERS.find((t) => t.cities.includes(city));
  const fact = (t: 'tier1' | 'tier2' | 'region' | 'other'): FitFact => ({ kind: 'city', city: hqCity, tier: t, region: t === 'region' ? region : null });
  const part = (fraction: number, source: string, t: 'tier1' | 'tier2' | 'region' | 'other'): Part =>
    sources ? { fraction, source, noData: false, fact: fact(t) } : { fraction, source: '', noData: false, fact: null };
  if (tier) return part(tier.fraction, `firm.hqCity: ${hqCity} (${tier.label})`, tier.tier);
  if (region && city && region.includes(city)) return part(SAME_CITY, `firm.hqCity: ${hqCity} (plan region ${region})`, 'region');
  return part(OTHER_CITY, `firm.hqCity: ${hqCity} (other)`, 'other');
}

/** The relationship's fraction: 本地, a live target, visible contact logs (capped at 1). */
export function relationshipFraction(f: Pick<FirmFitFacts, 'isLocal' | 'liveTargets' | 'visibleLogs'>): number {
  let fraction = 0;
  if (f.isLocal) fraction += RELATIONSHIP_VALUE.local;
  if (f.liveTargets > 0) fraction += RELATIONSHIP_VALUE.target;
  if (f.visibleLogs > 0) fraction += RELATIONSHIP_VALUE.logs;
  return Math.min(1, fraction);
}

function relationshipComponent(f: FirmFitFacts, sources: boolean): Part {
  if (!f.isLocal && !(f.liveTargets > 0) && !(f.visibleLogs > 0)) return NONE;
  const fraction = relationshipFraction(f);
  if (!sources) return { fraction, source: '', noData: false, fact: null };
  const facts: string[] = [];
  if (f.isLocal) facts.push('firm.isLocal');
  if (f.liveTargets > 0) facts.push(`target: ${f.liveTargets}${f.firstClaimedOn ? ` (首报 ${f.firstClaimedOn})` : ''}`);
  if (f.visibleLogs > 0) facts.push(`contact_log: ${f.visibleLogs}${f.lastLogOn ? ` (${f.lastLogOn})` : ''}`);
  return {
    fraction,
    source: facts.join('; '),
    noData: false,
    fact: { kind: 'relationship', isLocal: f.isLocal, targets: f.liveTargets, firstClaimedOn: f.firstClaimedOn, logs: f.visibleLogs, lastLogOn: f.lastLogOn },
  };
}

/** A component's points: its weight times its fraction, to one decimal. */
export const pointsOf = (max: number, fraction: number) => round1(max * fraction);
/** The total of the components' points, added in the components' order and rounded as fitScore does. */
export const totalOf = (points: readonly number[]) => round1(points.reduce((s, p) => s + p, 0));

/** The firm's fit for the link: each component with its points, maximum and source, and their sum. */
/**
 * `sources: false` leaves every source empty (ranking many firms, where only the total counts);
 * the points are the same either way.
 */
export function fitScore(f: FirmFitFacts, ctx: FitContext, opts: { sources?: boolean } = {}): FitScore {
  const sources = opts.sources ?? true;
  const m = f.matches ?? {
    industry: matchTerms(f.industry, ctx.terms),
    scope: matchTerms(f.businessScope, ctx.terms),
    profile: matchTerms(f.profileText, ctx.terms),
  };
  const parts: Record<FitComponentKey, Part> = {
    tags: tagsComponent(f.tags, sources),
    industry: textComponent('firm.industry', f.industry, m.industry, ctx, sources),
    scope: textComponent('firm.businessScope', f.businessScope, m.scope, ctx, sources),
    profile: textComponent('firm.name/profile', f.profileText, m.profile, ctx, sources),
    capital: capitalComponent(f.registeredCapital, sources),
    city: cityComponent(f.hqCity, ctx.region, sources),
    relationship: relationshipComponent(f, sources),
  };
  const components = FIT_COMPONENTS.map((key) => {
    const max = ctx.weights[key];
    const p = parts[key];
    return { component: key, points: pointsOf(max, p.fraction), max, source: p.source, noData: p.noData, fact: p.fact };
  });
  return { total: totalOf(components.map((c) => c.points)), components };
}

/** Ranking order: score, then firm id (stable across pages). */
export function compareFit(a: { score: number; firmId: number }, b: { score: number; firmId: number }): number {
  return b.score - a.score || a.firmId - b.firmId;
}

// Connecting words and generic words that say nothing about a link on their own.
const SPLIT = /[；;、，,。：:（）()【】[\]\s/“”"'‘’]+|类|等|以及|和|与|及|或|的/;
const LEADING_VERBS = /^(重点布局|加快补齐|加快突破|加快|推进|提升|建设|围绕|聚焦|发展|培育|打造|支持|鼓励|面向|提供|突破|补齐|布局|引进|引育)/;
const STOP = new Set([
  '服务能力',
  '能力',
  '服务',
  '企业',
  '产业',
  '发展',
  '重点',
  '关键',
  '节点',
  '产业链',
  '龙头企业',
  '重点企业',
  '重点行业',
  '核心技术',
  '研发',
]);

/** Words of a text that can stand alone as a match term: 2–12 characters, without connecting verbs or generic words. */
export function termsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const raw of text.split(SPLIT)) {
    const w = raw.replace(LEADING_VERBS, '').trim();
    const n = [...w].length;
    if (n >= 2 && n <= 12 && !STOP.has(w) && !/^\d+$/.test(w)) out.push(w);
  }
  return out;
}

/**
 * The terms a link is matched on: its name (link), the technologies and keywords of its notes
 * (tech), its chain's name (chain), and the plan's text cited for the link (plan). A term keeps
 * its strongest origin.
 */
export function linkTerms(link: { name: string; notes: string | null; quote: string | null }, chain: { name: string }): LinkTerm[] {
  const seen = new Map<string, LinkTerm>();
  const add = (text: string, from: TermOrigin) => {
    const key = norm(text);
    const had = seen.get(key);
    if (!had || TERM_WEIGHT[from] > TERM_WEIGHT[had.from]) seen.set(key, { text, from });
  };
  const linkName = link.name.trim();
  if ([...linkName].length >= 2) add(linkName, 'link');
  for (const t of termsOf(linkName)) add(t, 'link');
  for (const t of termsOf(link.notes)) add(t, 'tech');
  if ([...chain.name.trim()].length >= 2) add(chain.name.trim(), 'chain');
  for (const t of termsOf(link.quote)) add(t, 'plan');
  const order: TermOrigin[] = ['link', 'tech', 'chain', 'plan'];
  return [...seen.values()].sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from));
}

/** Weights must be whole points 0–100 each, and at least one above 0. */
export function weightsProblem(w: Partial<FitWeights>): { field: FitComponentKey | 'weights'; message: string; messageZh: string } | null {
  for (const k of FIT_COMPONENTS) {
    const v = w[k];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 0 || v > 100) return { field: k, message: `${k} must be a whole number 0–100`, messageZh: '权重须为 0–100 的整数' };
  }
  if (FIT_COMPONENTS.every((k) => (w[k] ?? 0) === 0))
    return { field: 'weights', message: 'At least one weight must be above 0', messageZh: '至少一项权重须大于 0' };
  return null;
}
