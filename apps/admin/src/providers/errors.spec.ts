import { describe, expect, it } from '@jest/globals';
import { changedFields, translateError } from './errors';

const body = {
  statusCode: 400,
  error: 'Bad Request',
  code: 'validation_failed',
  message: 'name must not be empty',
  messageZh: '名称不能为空',
  fields: [
    { field: 'name', code: 'required', message: 'must not be empty', messageZh: '不能为空' },
    { field: 'creditCode', code: 'length', message: 'must be 18 characters' },
  ],
};

describe('translateError', () => {
  it.each([
    // [locale, status, body, fallback, expected]
    [
      'zh-CN',
      400,
      body,
      'x',
      {
        message: '名称不能为空',
        code: 'validation_failed',
        errors: { name: '不能为空', creditCode: 'must be 18 characters', root: { serverError: '名称不能为空' } },
      },
    ],
    [
      'en',
      400,
      body,
      'x',
      {
        message: 'name must not be empty',
        code: 'validation_failed',
        errors: { name: 'must not be empty', creditCode: 'must be 18 characters', root: { serverError: 'name must not be empty' } },
      },
    ],
    [
      'zh-CN',
      409,
      { statusCode: 409, code: 'stale_version', message: 'Someone else changed', messageZh: '其他人已修改' },
      'x',
      { message: '其他人已修改', code: 'stale_version' },
    ],
    ['zh-CN', 400, { statusCode: 400, message: ['a', 'b'] }, 'x', { message: 'a; b', code: undefined }],
    ['zh-CN', 502, '<html>bad gateway</html>', 'Bad Gateway', { message: 'Bad Gateway' }],
    ['zh-CN', 500, null, '', { message: 'HTTP 500' }],
  ])('%s %d', (locale, status, b, fallback, expected) => {
    expect(translateError(status as number, b, locale as string, fallback as string)).toEqual(expected);
  });
});

describe('changedFields', () => {
  it.each([
    [
      { a: 1, b: 2, version: 3 },
      { a: 1, b: 1, version: 3 },
      { b: 2, version: 3 },
    ],
    [{ tags: ['上市'], name: 'x' }, { tags: ['上市'], name: 'y' }, { name: 'x' }],
    [{ tags: ['上市', '链主'] }, { tags: ['上市'] }, { tags: ['上市', '链主'] }],
    [{ a: 1 }, undefined, { a: 1 }],
    [{ firmName: 'joined', version: 2 }, { firmName: 'joined', version: 2 }, { version: 2 }],
  ])('%j vs %j', (data, prev, expected) => {
    expect(changedFields(data, prev)).toEqual(expected);
  });
});
