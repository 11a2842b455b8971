import { describe, expect, it } from '@jest/globals';
import { landedAfterBaseYear, type Landing, type LandedYear } from './landings.rules';

const BASE = 2024;
const A = 1; // chain 工业软件
const B = 2; // chain 人工智能
const at = (firmId: number, chainId: number, year: number, more: Partial<Landing> = {}): Landing => ({
  firmId,
  chainId,
  year,
  leadFirm: false,
  output: 0,
  ...more,
});
/** Firms new per scope and year, as `chain|year → n` (overall is `all`), zero rows left out. */
const firms = (rows: LandedYear[]) =>
  Object.fromEntries(
    rows
      .filter((r) => r.firms > 0)
      .map((r) => [`${r.chainId ?? 'all'}|${r.year}`, r.firms])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

describe('landedAfterBaseYear: firms', () => {
  it.each<[string, Landing[], Record<string, number>]>([
    ['one firm, one chain', [at(10, A, 2025)], { '1|2025': 1, 'all|2025': 1 }],
    ['two firms the same year', [at(10, A, 2025), at(11, B, 2025)], { '1|2025': 1, '2|2025': 1, 'all|2025': 2 }],
    // The double count: one firm landing on chain A in 2025 and chain B in 2026 is one new firm in
    // the district (2025), though new to each chain in its own year.
    ['one firm on two chains in different years', [at(10, A, 2025), at(10, B, 2026)], { '1|2025': 1, '2|2026': 1, 'all|2025': 1 }],
    ['the same, listed later year first', [at(10, B, 2026), at(10, A, 2025)], { '1|2025': 1, '2|2026': 1, 'all|2025': 1 }],
    ['one firm on two links of one chain, two years', [at(10, A, 2025), at(10, A, 2027)], { '1|2025': 1, 'all|2025': 1 }],
    ['one firm on two chains the same year', [at(10, A, 2025), at(10, B, 2025)], { '1|2025': 1, '2|2025': 1, 'all|2025': 1 }],
    // Landed by the base year: in the base-year figure already, so not new to the district later.
    ['a firm there by the base year lands on another chain', [at(10, A, 2024), at(10, B, 2026)], { '2|2026': 1 }],
    ['a firm there by the base year lands again on its chain', [at(10, A, 2023), at(10, A, 2026)], {}],
    ['only base-year landings', [at(10, A, 2024), at(11, B, 2020)], {}],
  ])('%s', (_, landings, expected) => {
    expect(firms(landedAfterBaseYear(landings, BASE))).toEqual(expected);
  });
});

describe('landedAfterBaseYear: lead firms and output', () => {
  it('counts a 链主 once, the year it first landed, and adds every project’s output', () => {
    const rows = landedAfterBaseYear(
      [at(10, A, 2025, { leadFirm: true, output: 5000 }), at(10, B, 2026, { leadFirm: true, output: 3000 }), at(11, B, 2026, { output: 200 })],
      BASE,
    );
    const overall = (year: number) => rows.find((r) => r.chainId === null && r.year === year);
    expect(overall(2025)).toEqual({ chainId: null, year: 2025, firms: 1, leadFirms: 1, output: 5000 });
    // 2026: firm 11 is new; firm 10 is not, but its second project's output counts: 3,000 + 200
    expect(overall(2026)).toEqual({ chainId: null, year: 2026, firms: 1, leadFirms: 0, output: 3200 });
    expect(rows.find((r) => r.chainId === B && r.year === 2026)).toEqual({ chainId: B, year: 2026, firms: 2, leadFirms: 1, output: 3200 });
  });
});
