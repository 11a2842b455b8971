import { executionMs } from './capture';

describe('executionMs', () => {
  it.each([
    ['Limit  (cost=0.42..8.44 rows=1)\nPlanning Time: 0.1 ms\nExecution Time: 236.726 ms', 236.726],
    ['Execution Time: 0.055 ms', 0.055],
    ['-- EXPLAIN failed: syntax error', undefined],
  ])('%#', (plan, ms) => expect(executionMs(plan)).toBe(ms));
});
