import { describe, expect, it } from '@jest/globals';
import { contentDisposition } from './file-response';

describe('contentDisposition', () => {
  it.each([
    [
      '招商项目清单.xlsx',
      'pipeline.xlsx',
      `attachment; filename="pipeline.xlsx"; filename*=UTF-8''%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE%E6%B8%85%E5%8D%95.xlsx`,
    ],
    ["a'b (1).xlsx", 'a"b.xlsx', `attachment; filename="a_b.xlsx"; filename*=UTF-8''a%27b%20%281%29.xlsx`],
  ])('%s', (name, fallback, expected) => {
    expect(contentDisposition('attachment', name, fallback)).toBe(expected);
  });

  it.each([
    // no fallback given: the name with what is not printable ASCII, quotes and backslashes replaced
    ['投资协议（草案）.pdf', `inline; filename="________.pdf"; filename*=UTF-8''%E6%8A%95%E8%B5%84%E5%8D%8F%E8%AE%AE%EF%BC%88%E8%8D%89%E6%A1%88%EF%BC%89.pdf`],
    ['a"b\\c.txt', `inline; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`],
  ])('inline %s', (name, expected) => {
    expect(contentDisposition('inline', name)).toBe(expected);
  });
});
