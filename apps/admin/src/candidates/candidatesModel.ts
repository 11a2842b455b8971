import { FIT_COMPONENTS, type FitComponent, type FitComponentKey, type FitWeights } from '@crm/contracts';

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
