/** One landed target of a plan's chain: the firm, the chain, the year it landed (Asia/Shanghai). */
export interface Landing {
  firmId: number;
  chainId: number;
  year: number;
  /** The firm is tagged 龙头 or 链主. */
  leadFirm: boolean;
  /** Signed yearly output, 万元. */
  output: number;
}

/** What landed in one year, in one chain (chainId) or the plan overall (chainId null). */
export interface LandedYear {
  chainId: number | null;
  year: number;
  /** Firms new to the scope that year. */
  firms: number;
  leadFirms: number;
  /** Σ signed output of the targets that landed that year, 万元. */
  output: number;
}

/**
 * The landings after the base year that add to a plan's KPIs, per year, per chain and overall.
 * A firm adds one firm to a scope (a chain, or the plan overall) once, in the year it first landed
 * there: landing on a second chain or link later does not count it again, and a firm that had
 * already landed by the base year is in the base-year figure, not new. Output is per project, so
 * every landed target's output adds.
 */
export function landedAfterBaseYear(landings: readonly Landing[], baseYear: number): LandedYear[] {
  const rows = new Map<string, LandedYear>();
  const row = (chainId: number | null, year: number) => {
    const key = `${chainId}|${year}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { chainId, year, firms: 0, leadFirms: 0, output: 0 }));
    return r;
  };
  // First landing year of each firm, in each chain and overall.
  const first = new Map<string, number>();
  for (const l of landings) {
    for (const key of [`${l.firmId}|${l.chainId}`, `${l.firmId}|overall`]) {
      const seen = first.get(key);
      if (seen === undefined || l.year < seen) first.set(key, l.year);
    }
  }
  const counted = new Set<string>();
  for (const l of [...landings].sort((a, b) => a.year - b.year)) {
    if (l.year <= baseYear) continue;
    for (const [chainId, key] of [
      [l.chainId, `${l.firmId}|${l.chainId}`],
      [null, `${l.firmId}|overall`],
    ] as const) {
      const r = row(chainId, l.year);
      r.output += l.output;
      if (first.get(key) !== l.year || counted.has(key)) continue;
      counted.add(key);
      r.firms += 1;
      if (l.leadFirm) r.leadFirms += 1;
    }
  }
  return [...rows.values()];
}
