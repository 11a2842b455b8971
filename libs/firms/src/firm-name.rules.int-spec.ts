import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { loadConfig } from '@crm/config';
import { FIRM_NAME_CASES } from './firm-name.cases';
import { firmNameKey, firmNameKeys } from './firm-name.rules';

/** Postgres's crm_firm_name_key (generated columns firm.name_key / name_keys) agrees with firmNameKey. */
describe('crm_firm_name_key matches firmNameKey', () => {
  const db = new Client({ connectionString: loadConfig().database.url });
  beforeAll(() => db.connect());
  afterAll(() => db.end());

  it('on every case of the rule table', async () => {
    const names = FIRM_NAME_CASES.map(([n]) => n);
    const { rows } = await db.query<{ n: string; k: string | null }>('SELECT n, crm_firm_name_key(n) AS k FROM unnest($1::text[]) n', [names]);
    expect(rows.map((r) => [r.n, r.k])).toEqual(names.map((n) => [n, firmNameKey(n)]));
  });

  it('on every seeded firm, and name_keys holds the keys of name, full name and aliases', async () => {
    const { rows } = await db.query<{ name: string; full_name: string | null; aliases: string[]; name_key: string; name_keys: string[] }>(
      'SELECT name, full_name, aliases, name_key, name_keys FROM firm',
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect([r.name, r.name_key]).toEqual([r.name, firmNameKey(r.name)]);
      expect([r.name, [...r.name_keys].sort()]).toEqual([r.name, firmNameKeys(r.name, r.full_name, r.aliases).sort()]);
    }
  });
});
