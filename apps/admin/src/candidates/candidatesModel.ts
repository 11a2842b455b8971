import { FIT_COMPONENTS, type FitComponent, type FitComponentKey, type FitFact, type FitWeights } from '@crm/contracts';
import { formatMoney } from '../lib/format';
import type { ReaderLocale } from '../lib/readerLocale';

/** One colour per fit component, in FIT_COMPONENTS order, for the score bar and its legend. */
export const COMPONENT_COLOURS: Record<FitComponentKey, string> = {
  tags: '#1976d2',
  industry: '#2e7d32',
  scope: '#66bb6a',
  profile: '#9c27b0',
  capital: '#ed6c02',
  city: '#0097a7',
  relationship: '#c2185b',
};

/** The score bar's segments: each component's share of the full score (the sum of the weights), in percent. */
export function barSegments(components: readonly FitComponent[]): { component: FitComponentKey; percent: number; points: number }[] {
  const full = components.reduce((s, c) => s + c.max, 0);
  if (full <= 0) return [];
  return components.filter((c) => c.points > 0).map((c) => ({ component: c.component, percent: (100 * c.points) / full, points: c.points }));
}

export const fullScore = (w: FitWeights): number => FIT_COMPONENTS.reduce((s, k) => s + w[k], 0);

/** The chosen firms that may still be added (not held by another team). */
export function addable(selected: ReadonlySet<number>, rows: readonly { firmId: number; claim: string }[]): number[] {
  return rows.filter((r) => selected.has(r.firmId) && r.claim !== 'other').map((r) => r.firmId);
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A component's fact in the reader's words: 企业标签 专精特新、上市; “仿真软件、数字孪生…”含 仿真（环节）;
 * 8,000 万元（不低于 5,000 万元档）; 北京（一线城市）; 本地企业；招商目标 1 个（首报 2026-03-02）.
 * Firm data (tags aside, which have labels) is shown as written.
 */
export function factText(fact: FitFact, t: Translate, locale: ReaderLocale): string {
  const list = (items: string[]) => items.join(t('candidates.fact.list_sep'));
  switch (fact.kind) {
    case 'tags':
      return list(fact.tags.map((tag) => t(`chainkpi.tag.${tag}`, { _: tag })));
    case 'text':
      return fact.hits.length
        ? t('candidates.fact.text_hit', {
            text: fact.text,
            hits: list(fact.hits.map((h) => t('candidates.fact.hit', { term: h.text, from: t(`candidates.term_from.${h.from}`) }))),
          })
        : t('candidates.fact.text_miss', { text: fact.text, terms: fact.terms.join(' / ') });
    case 'capital':
      return t('candidates.fact.capital', { capital: formatMoney(fact.capital, locale), band: formatMoney(fact.bandMin, locale) });
    case 'city':
      return t(`candidates.fact.city_${fact.tier}`, { city: fact.city, region: fact.region ?? '' });
    case 'relationship':
      return [
        fact.isLocal ? t('candidates.fact.local') : null,
        fact.targets > 0
          ? t('candidates.fact.targets', { count: fact.targets }) + (fact.firstClaimedOn ? t('candidates.fact.since', { date: fact.firstClaimedOn }) : '')
          : null,
        fact.logs > 0 ? t('candidates.fact.logs', { count: fact.logs }) + (fact.lastLogOn ? t('candidates.fact.latest', { date: fact.lastLogOn }) : '') : null,
      ]
        .filter((s): s is string => s !== null)
        .join(t('candidates.fact.sep'));
  }
}

/** 数据来源 of a candidate: 企查查 · 2026-11-30, or null when the firm did not come from a registry export. */
export function registrySourceText(c: { registrySource: string | null; registryExportedOn: string | null }, t: Translate): string | null {
  if (!c.registrySource) return null;
  const label = t(`pool.source.${c.registrySource}`, { _: c.registrySource });
  return t('candidates.fact.registry', { source: c.registryExportedOn ? `${label} · ${c.registryExportedOn}` : label });
}
