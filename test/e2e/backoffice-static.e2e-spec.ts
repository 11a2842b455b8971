import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type TestApi } from '../support/api';

/**
 * How the API serves the built backoffice: gzip on the wire, hashed assets cached for a year,
 * index.html (and every client-side route) revalidated on each load. A build of its own, so the
 * test does not depend on Vite's output.
 */
describe('the backoffice as served by the API', () => {
  let api: TestApi;
  const dist = mkdtempSync(join(tmpdir(), 'crm-admin-dist-'));
  const script = `console.log(${JSON.stringify('招商引资 '.repeat(2000))});\n`;
  const saved = process.env.ADMIN_DIST_DIR;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/index-Ab12_x9Z.js"></script></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(join(dist, 'assets', 'index-Ab12_x9Z.js'), script);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    api = await startApi({ ADMIN_DIST_DIR: dist });
  });
  afterAll(async () => {
    await api?.close();
    if (saved === undefined) delete process.env.ADMIN_DIST_DIR;
    else process.env.ADMIN_DIST_DIR = saved;
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends a hashed script gzipped and cacheable for a year', async () => {
    const res = await api.http.get('/assets/index-Ab12_x9Z.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(script); // supertest inflates it
  });

  it('has index.html and client-side routes revalidated on every load; other files cached an hour', async () => {
    for (const path of ['/', '/index.html', '/targets/12/show']) {
      const res = await api.http.get(path).expect(200);
      expect({ path, type: res.headers['content-type'], cache: res.headers['cache-control'] }).toEqual({
        path,
        type: expect.stringMatching(/^text\/html/),
        cache: 'no-cache',
      });
    }
    expect((await api.http.get('/favicon.svg').expect(200)).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('gzips large API answers only, for clients that accept it', async () => {
    const docs = await api.http.get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect(docs.body.paths['/api/targets']).toBeDefined();
    expect((await api.http.get('/api/docs-json').set('Accept-Encoding', 'identity').expect(200)).headers['content-encoding']).toBeUndefined();
    expect((await api.http.get('/api/health').set('Accept-Encoding', 'gzip')).headers['content-encoding']).toBeUndefined();
  });
});
