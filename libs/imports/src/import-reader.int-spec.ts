import { afterAll, describe, expect, it } from '@jest/globals';
import * as ExcelJS from 'exceljs';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readImportRows, UnreadableFileError } from './import-reader';

const files: string[] = [];
const tmp = (name: string) => {
  const f = join(tmpdir(), `crm-reader-${process.pid}-${name}`);
  files.push(f);
  return f;
};
afterAll(() => files.forEach((f) => rmSync(f, { force: true })));

/** Chinese text on every row, so many zip chunks end in the middle of a 3-byte character. */
const cell = (i: number) => `第${i}号企业${'重庆渝中区科创服务业高质量发展'.repeat(4)}`;

async function collect(path: string, kind: 'xlsx' | 'csv') {
  const out: { rowNo: number; cells: string[] }[] = [];
  for await (const r of readImportRows(path, kind)) out.push(r);
  return out;
}

describe('readImportRows', () => {
  it.each([
    ['inline strings', false],
    ['shared strings', true],
  ])(
    'xlsx with %s: every Chinese character survives chunk boundaries',
    async (_, useSharedStrings) => {
      const path = tmp(`chunks-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: false });
      const ws = wb.addWorksheet('导入');
      ws.addRow(['企业名称', '备注']).commit();
      for (let i = 1; i <= 5000; i++) ws.addRow([cell(i), i % 3 ? `备注${i}` : null]).commit();
      ws.commit();
      await wb.commit();
      const rows = await collect(path, 'xlsx');
      expect(rows).toHaveLength(5001);
      const broken = rows.slice(1).filter((r, i) => r.cells[0] !== cell(i + 1));
      expect(broken).toEqual([]);
      expect(rows[3]).toEqual({ rowNo: 4, cells: [cell(3)] }); // trailing empty cell dropped
    },
    60_000,
  );

  it('csv: BOM stripped, blank lines skipped, a record spanning lines numbered by its first line', async () => {
    const path = tmp('list.csv');
    writeFileSync(path, '\ufeff企业名称,备注\r\n甲,"两行\r\n备注"\r\n\r\n乙,\r\n');
    expect(await collect(path, 'csv')).toEqual([
      { rowNo: 1, cells: ['企业名称', '备注'] },
      { rowNo: 2, cells: ['甲', '两行\n备注'] },
      { rowNo: 5, cells: ['乙', ''] },
    ]);
  });

  it.each([
    ['not a zip', 'xlsx', 'just text'],
    ['unterminated quote', 'csv', '企业名称\r\n"甲,\r\n'],
  ] as const)('%s is an UnreadableFileError', async (_, kind, content) => {
    const path = tmp(`bad.${kind}`);
    writeFileSync(path, content);
    await expect(collect(path, kind)).rejects.toBeInstanceOf(UnreadableFileError);
  });
});
