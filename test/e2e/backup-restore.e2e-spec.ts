import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createBackup, restoreBackup, RestoreRefused } from '@crm/backup';
import { startApi, type TestApi } from '../support/api';
import { factories } from '../support/factories';
import { dbUrl } from '../support/names';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  Buffer.from([0, 1, 2, 250, 251, 252]),
]);

const binary = (res: NodeJS.ReadableStream & { setEncoding: (e: BufferEncoding) => void }, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.setEncoding('binary');
  res.on('data', (c: string) => chunks.push(Buffer.from(c, 'binary')));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * npm run backup / npm run restore, through the library they call: a backup of a database the
 * API has written to (pipeline, logs, a stored file) is restored into a new, empty database, and
 * an API started on the restored database answers the same totals, timelines and file bytes.
 */
describe('backup and restore', () => {
  let source: TestApi;
  let dir: string;
  const restoredName = `crm_t_${process.env.TEST_RUN_ID}_restored_${process.pid}`;
  let restored: TestApi | undefined;

  beforeAll(async () => {
    source = await startApi({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}bk1` }, { ownDatabase: 'seeded' });
    dir = mkdtempSync(join(tmpdir(), 'crm-backup-test-'));
  });
  afterAll(async () => {
    await restored?.close();
    await source?.close();
    const admin = new Client({ connectionString: dbUrl('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What a user sees: cockpit totals, list totals, one target's timeline and its file. */
  async function answers(api: TestApi, targetId: number, fileId: number) {
    const admin = await api.as('admin');
    const promoter = await api.as('promoter');
    const overview = (await admin.get('/api/cockpit/overview?year=2026&from=2025-01-01&to=2027-01-01').expect(200)).body;
    const firms = (await admin.get('/api/firms?range=[0,0]').expect(200)).headers['content-range'];
    const targets = (await admin.get('/api/targets?range=[0,0]').expect(200)).headers['content-range'];
    const timeline = (await promoter.get(`/api/targets/${targetId}/timeline`).expect(200)).body;
    const files = (await promoter.get(`/api/targets/${targetId}/files`).expect(200)).body;
    const content = (
      await promoter
        .get(`/api/files/${fileId}/content`)
        .buffer(true)
        .parse(binary as never)
        .expect(200)
    ).body as Buffer;
    return { overview, firms, targets, timeline, files, content: content.toString('base64') };
  }

  it('restores into an empty database; the API on it answers the same totals, timelines and files', async () => {
    const f = factories(source.app.get(DataSource));
    const target = await f.target({ owner: 'promoter', stage: 'contact', expectedInvestment: 12_345 });
    const promoter = await source.as('promoter');
    await promoter
      .post('/api/contact-logs')
      .send({ targetId: target.id, kind: 'visit', at: '2026-03-02T09:30:00+08:00', summary: '上门拜访，谈落地条件' })
      .expect(201);
    const file = (
      await promoter.post(`/api/targets/${target.id}/files`).attach('file', PDF, { filename: '投资意向书.pdf', contentType: 'application/pdf' }).expect(201)
    ).body;
    const before = await answers(source, target.id, file.id);
    expect(before.timeline.length).toBeGreaterThan(0);

    const { file: archive, manifest } = await createBackup({
      databaseUrl: (source.app.get(DataSource).options as { url: string }).url,
      outFile: join(dir, 'crm.tar'),
      appVersion: 'test',
    });
    expect(manifest).toMatchObject({
      format: 'zhaoshang-crm-backup/1',
      files: 'in-database',
      dump: { format: 'custom', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(manifest.schemaMigration?.name).toEqual(expect.any(String));
    expect(manifest.tables.target).toBeGreaterThan(0);
    expect(manifest.tables.stored_file).toBeGreaterThan(0);

    const { tables } = await restoreBackup({ file: archive, databaseUrl: dbUrl(restoredName) });
    expect(tables).toEqual(manifest.tables);

    restored = await startApi({ DATABASE_URL: dbUrl(restoredName), QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}bk2` });
    const after = await answers(restored, target.id, file.id);
    expect(after).toEqual(before);
    expect(Buffer.from(after.content, 'base64').equals(PDF)).toBe(true);
  }, 120_000);

  it('refuses a database that is not empty', async () => {
    const { file: archive } = await createBackup({
      databaseUrl: (source.app.get(DataSource).options as { url: string }).url,
      outFile: join(dir, 'again.tar'),
      appVersion: 'test',
    });
    await expect(restoreBackup({ file: archive, databaseUrl: (source.app.get(DataSource).options as { url: string }).url })).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup({ file: archive, databaseUrl: (source.app.get(DataSource).options as { url: string }).url })).rejects.toThrow(/not empty/);
  }, 120_000);
});
