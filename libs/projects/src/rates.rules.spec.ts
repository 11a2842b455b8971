import { describe, expect, it } from '@jest/globals';
import type { MilestoneDates } from './milestone.rules';
import { projectRates, ratesBy, type ProjectFacts } from './rates.rules';

const TODAY = '2026-06-30';
const ms = (o: Partial<Record<MilestoneDates['kind'], [string | null, string | null]>>): MilestoneDates[] =>
  (['registered', 'settled', 'producing', 'full_output'] as const).map((kind) => ({ kind, plannedOn: o[kind]?.[0] ?? null, actualOn: o[kind]?.[1] ?? null }));
const p = (o: Partial<ProjectFacts> = {}): ProjectFacts => ({ stage: 'signed', signedInvestment: 1000, fundsArrived: 0, milestones: ms({}), ...o });

describe('projectRates', () => {
  it.each([
    ['no projects: every rate null', [], { signed: 0, fulfilmentRate: null, startRate: null, productionRate: null, fundsRate: null }],
    // one on schedule, one with 工商注册 planned 06-01 and not done → keeping 1 of 2
    [
      'an overdue milestone breaks fulfilment',
      [p(), p({ milestones: ms({ registered: ['2026-06-01', null] }) })],
      { signed: 2, keeping: 1, fulfilmentRate: 0.5 },
    ],
    // planned today is not overdue yet
    ['planned today is still on schedule', [p({ milestones: ms({ registered: [TODAY, null] }) })], { keeping: 1, fulfilmentRate: 1 }],
    ['late but reached is on schedule now', [p({ milestones: ms({ registered: ['2026-06-01', '2026-06-20'] }) })], { keeping: 1 }],
    // lost after signing: counted in every denominator, never keeping
    ['a lost project counts against fulfilment', [p({ stage: 'lost' }), p(), p()], { signed: 3, keeping: 2, fulfilmentRate: 0.6667 }],
    // 3 projects: 2 moved in, 1 producing → 开工率 2/3 = 0.6667, 投产率 1/3 = 0.3333
    [
      'start and production rates',
      [
        p({ milestones: ms({ settled: [null, '2026-03-01'], producing: [null, '2026-05-01'] }) }),
        p({ milestones: ms({ settled: [null, '2026-04-01'] }) }),
        p(),
      ],
      { started: 2, producing: 1, startRate: 0.6667, productionRate: 0.3333 },
    ],
    // (600 + 250) / (1000 + 500) = 850 / 1500 = 0.5667; the project without a signed investment adds nothing either side
    [
      'funds rate over projects with a signed investment',
      [p({ fundsArrived: 600 }), p({ signedInvestment: 500, fundsArrived: 250 }), p({ signedInvestment: null, fundsArrived: 99 })],
      { signedInvestment: 1500, fundsArrived: 850, fundsRate: 0.5667 },
    ],
    // more arrived than signed: over 100 %, shown as it is
    ['over-funded', [p({ signedInvestment: 100, fundsArrived: 120 })], { fundsRate: 1.2 }],
    [
      'cents stay cents',
      [p({ signedInvestment: 0.1, fundsArrived: 0.2 }), p({ signedInvestment: 0.2, fundsArrived: 0.1 })],
      { signedInvestment: 0.3, fundsArrived: 0.3, fundsRate: 1 },
    ],
  ] as const)('%s', (_, projects, expected) => {
    expect(projectRates(projects as unknown as ProjectFacts[], TODAY)).toMatchObject(expected);
  });
});

describe('ratesBy', () => {
  it('groups in first-seen order with their own rates', () => {
    const rows = ratesBy(
      [
        { ...p({ fundsArrived: 500 }), chain: 1 },
        { ...p({ fundsArrived: 0 }), chain: 2 },
        { ...p({ fundsArrived: 1000 }), chain: 1 },
      ],
      (x) => ({ key: x.chain, label: `链${x.chain}` }),
      TODAY,
    );
    // chain 1: (500 + 1000) / (1000 + 1000) = 0.75; chain 2: 0 / 1000 = 0
    expect(rows.map((r) => [r.key, r.label, r.signed, r.fundsRate])).toEqual([
      [1, '链1', 2, 0.75],
      [2, '链2', 1, 0],
    ]);
  });
});
