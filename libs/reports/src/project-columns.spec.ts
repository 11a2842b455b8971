import { describe, expect, it } from '@jest/globals';
import { projectCells } from './project-columns';

const ms = (o: Record<string, [string | null, string | null]>) =>
  (['registered', 'settled', 'producing', 'full_output'] as const).map((kind) => ({ kind, plannedOn: o[kind]?.[0] ?? null, actualOn: o[kind]?.[1] ?? null }));

describe('projectCells', () => {
  it.each([
    [
      'an unsigned target: all empty',
      { signed_investment: null, funds_arrived: null, milestones: null, open_instructions: 0 },
      { fundsArrived: null, fundsRate: null, m_registered: '', overdueMilestones: '', openInstructions: null },
    ],
    // 4,000 + 2,500 = 6,500 of 10,000 → 0.65
    [
      'funds against the signed investment',
      { signed_investment: '10000.00', funds_arrived: '6500.00', milestones: ms({}), open_instructions: 0 },
      { fundsArrived: 6500, fundsRate: 0.65 },
    ],
    [
      'a project with no funds yet: 0, not empty',
      { signed_investment: '800', funds_arrived: null, milestones: ms({}), open_instructions: 2 },
      { fundsArrived: 0, fundsRate: 0, openInstructions: 2 },
    ],
    [
      'actual date, else the plan',
      {
        signed_investment: null,
        funds_arrived: null,
        milestones: ms({ registered: ['2026-01-01', '2026-01-05'], settled: ['2026-03-01', null] }),
        open_instructions: 0,
      },
      { m_registered: '2026-01-05', m_settled: '计划 2026-03-01', m_producing: '', fundsRate: null },
    ],
    [
      'overdue milestones by name',
      {
        signed_investment: '1',
        funds_arrived: null,
        milestones: ms({ registered: ['2026-01-01', null], settled: ['2026-02-01', null], producing: ['2099-01-01', null] }),
        open_instructions: 0,
      },
      { overdueMilestones: '工商注册、入驻/开工' },
    ],
  ] as const)('%s', (_, row, expected) => {
    expect(projectCells(row as never, '2026-06-30')).toMatchObject(expected);
  });
});
