import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

/** A small but real PDF and JPEG (magic bytes first; the rest is what a reader would skip). */
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  Buffer.from([0, 1, 2, 250, 251, 252]),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]), Buffer.from('Exif\0\0'), Buffer.alloc(4096, 0xab), Buffer.from([0xff, 0xd9])]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from('This program cannot be run in DOS mode.\r\n')]);

/** supertest collects a binary body into a Buffer. */
const binary = (res: NodeJS.ReadableStream & { setEncoding: (e: BufferEncoding) => void }, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.setEncoding('binary');
  res.on('data', (c: string) => chunks.push(Buffer.from(c, 'binary')));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('files on targets, contact logs and firms over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let ds: DataSource;
  const counts = async () =>
    (
      await ds.query(
        `SELECT (SELECT count(*)::int FROM stored_file) AS files, (SELECT count(*)::int FROM stored_file_content) AS contents, (SELECT count(*)::int FROM audit_log WHERE entity = 'stored_file') AS audits`,
      )
    )[0];

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  it('uploads a PDF and a JPEG to a target, lists them, downloads them byte-identical, deletes them (audited)', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    const pdf = await promoter
      .post(`/api/targets/${target.id}/files`)
      .attach('file', PDF, { filename: '投资协议（草案）.pdf', contentType: 'application/octet-stream' })
      .expect(201);
    const jpeg = await promoter
      .post(`/api/targets/${target.id}/files`)
      .attach('file', JPEG, { filename: 'IMG_0001.jpg', contentType: 'image/jpeg' })
      .expect(201);
    // the type is the content's, not what the browser claimed
    expect(pdf.body).toMatchObject({
      fileName: '投资协议（草案）.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      targetId: target.id,
      uploadedByName: '张专员（演示）',
      previewable: true,
    });
    expect(jpeg.body).toMatchObject({ fileName: 'IMG_0001.jpg', contentType: 'image/jpeg', size: JPEG.length });

    const list = await promoter.get(`/api/targets/${target.id}/files`).expect(200);
    expect(list.body.map((x: { id: number }) => x.id)).toEqual([jpeg.body.id, pdf.body.id]);

    for (const [row, bytes] of [
      [pdf.body, PDF],
      [jpeg.body, JPEG],
    ] as const) {
      const res = await promoter
        .get(`/api/files/${row.id}/content`)
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
      expect(res.headers['content-type']).toBe(row.contentType);
      expect(res.headers['content-disposition']).toContain('attachment;');
    }
    const preview = await promoter
      .get(`/api/files/${pdf.body.id}/content?inline=true`)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(preview.headers['content-disposition']).toBe(`inline; filename="________.pdf"; filename*=UTF-8''${encodeURIComponent('投资协议（草案）.pdf')}`);

    await promoter.delete(`/api/files/${pdf.body.id}`).expect(200);
    await promoter.get(`/api/files/${pdf.body.id}`).expect(404);
    expect(await ds.query('SELECT count(*)::int AS n FROM stored_file_content WHERE file_id = $1', [pdf.body.id])).toEqual([{ n: 0 }]);
    expect((await promoter.get(`/api/targets/${target.id}/files`).expect(200)).body).toHaveLength(1);
    const trail = await ds.query(`SELECT action, changes FROM audit_log WHERE entity = 'stored_file' AND entity_id = $1 ORDER BY id`, [String(pdf.body.id)]);
    expect(trail.map((r: { action: string }) => r.action)).toEqual(['insert', 'delete']);
    expect(trail[0].changes).toMatchObject({ fileName: [null, '投资协议（草案）.pdf'], size: [null, PDF.length] });
    expect(JSON.stringify(trail)).not.toContain('data'); // the bytes never go into the trail
  });

  it('refuses a 25 MB file with 413 and an .exe renamed .pdf with 415, changing nothing', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    const before = await counts();
    const big = await promoter
      .post(`/api/targets/${target.id}/files`)
      .attach('file', Buffer.alloc(25 * 1024 * 1024, 0x25), { filename: 'big.pdf' })
      .expect(413);
    expect(big.body).toMatchObject({ code: 'file_too_large', messageZh: '文件超过 20 MB 上限', fields: [{ field: 'file' }] });
    // one byte over: the length passes the early check, the multipart reader stops at the limit
    const justOver = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 1 - PDF.length)]);
    expect((await promoter.post(`/api/targets/${target.id}/files`).attach('file', justOver, { filename: 'over.pdf' }).expect(413)).body.code).toBe(
      'file_too_large',
    );
    const exe = await promoter
      .post(`/api/targets/${target.id}/files`)
      .attach('file', EXE, { filename: '项目建议书.pdf', contentType: 'application/pdf' })
      .expect(415);
    expect(exe.body).toMatchObject({ code: 'unsupported_file_type', fields: [{ field: 'file' }] });
    const none = await promoter.post(`/api/targets/${target.id}/files`).field('note', 'x').expect(400);
    expect(none.body.fields[0].field).toBe('file');
    expect(await counts()).toEqual(before);
    // the connection is still usable after a refused body
    await promoter.get(`/api/targets/${target.id}/files`).expect(200);
  });

  it('a promoter of another team gets 404 on the list, the file, the download and an upload', async () => {
    const target = await f.target({ owner: 'promoter' });
    const file = await (await api.as('promoter')).post(`/api/targets/${target.id}/files`).attach('file', PDF, { filename: 'a.pdf' }).expect(201);
    const other = await api.as('promoter2');
    const before = await counts();
    await other.get(`/api/targets/${target.id}/files`).expect(404);
    await other.get(`/api/files/${file.body.id}`).expect(404);
    await other.get(`/api/files/${file.body.id}/content`).expect(404);
    await other.delete(`/api/files/${file.body.id}`).expect(404);
    await other.post(`/api/targets/${target.id}/files`).attach('file', PDF, { filename: 'b.pdf' }).expect(404);
    expect(await counts()).toEqual(before);
    // leaders read, and attach nothing
    const leader = await api.as('leader');
    await leader.get(`/api/files/${file.body.id}/content`).expect(200);
    await leader.post(`/api/targets/${target.id}/files`).attach('file', PDF, { filename: 'c.pdf' }).expect(403);
  });

  it('files on a contact log (its author attaches) and on a firm (everyone reads)', async () => {
    const target = await f.target({ owner: 'promoter' });
    const log = await f.contactLog({ targetId: target.id });
    const promoter = await api.as('promoter');
    const onLog = await promoter.post(`/api/contact-logs/${log.id}/files`).attach('file', JPEG, { filename: 'visit.jpg' }).expect(201);
    expect(onLog.body).toMatchObject({ contactLogId: log.id, targetId: null });
    expect((await promoter.get(`/api/contact-logs/${log.id}/files`).expect(200)).body).toHaveLength(1);
    await (await api.as('promoter2')).get(`/api/contact-logs/${log.id}/files`).expect(404);

    const text = Buffer.from('企业简介：总部位于上海，2025 年营收 12 亿元。\n');
    const onFirm = await promoter.post(`/api/firms/${target.firmId}/files`).attach('file', text, { filename: '简介.txt' }).expect(201);
    expect(onFirm.body.contentType).toBe('text/plain; charset=utf-8');
    const other = await api.as('promoter2');
    expect((await other.get(`/api/firms/${target.firmId}/files`).expect(200)).body).toHaveLength(1);
    await other.delete(`/api/files/${onFirm.body.id}`).expect(403); // only its uploader or an admin
    await promoter.delete(`/api/files/${onFirm.body.id}`).expect(200);
  });
});
