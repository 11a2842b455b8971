/** Square metres in one 万方 (10,000 m²), the unit the Yuzhong plan uses for carrier space. */
export const M2_PER_WAN_FANG = 10_000;

/**
 * A carrier's total area in m², only when the plan's own unit is one of floor space (m², 万方).
 * 亩 (mu) is land area: turning it into floor space (× 666.67) is a conversion the plans never
 * make, so those carriers keep their figure in 亩 and get no m² value.
 */
export function totalAreaM2(totalArea: number | null | undefined, unit: 'm2' | '亩' | '万方' | null | undefined): number | null {
  if (totalArea === null || totalArea === undefined || !unit) return null;
  if (unit === 'm2') return totalArea;
  if (unit === '万方') return totalArea * M2_PER_WAN_FANG;
  return null;
}
