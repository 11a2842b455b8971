import DownloadIcon from '@mui/icons-material/GetApp';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useResourceDefinition, useTranslate } from 'react-admin';
import { formatDateTime } from '../lib/format';
import { type Cell, exportCell, exportColumns, exportHeader, REFERENCES, toCsv } from '../lib/xlsxExport';

/** Rows one export may write: the API pages at 1,000, so at most 50 requests. */
const MAX_ROWS = 50_000;
const PAGE = 1000;

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * 导出 on every list: the rows the list's filters select, as the caller may see them (the API
 * decides), written as .xlsx with the list's Chinese headers, names instead of ids, labels instead
 * of codes and Asia/Shanghai times. `csv` writes the same rows as CSV (UTF-8 BOM, formulas neutralised).
 */
export function XlsxExportButton({ csv = false }: { csv?: boolean }) {
  const { filterValues, sort, resource, total, data: shown } = useListContext();
  // No total when more rows match than the API counts (firms 0-24/*): the page's rows tell whether any do.
  const empty = !total && !(shown as unknown[] | undefined)?.length;
  const dataProvider = useDataProvider();
  const t = useTranslate();
  const notify = useNotify();
  const definition = useResourceDefinition({ resource });
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const records: Record<string, unknown>[] = [];
      for (let page = 1; records.length < MAX_ROWS; page++) {
        const { data, total: all } = await dataProvider.getList(resource, { filter: filterValues, sort, pagination: { page, perPage: PAGE } });
        records.push(...(data as Record<string, unknown>[]));
        if (data.length < PAGE || (all != null && records.length >= all)) break;
      }
      // Only fields the list has a label for: an internal field (pausedFromStage …) has no business in the sheet.
      const columns = exportColumns(records).filter((c) => t(`resources.${resource}.fields.${c}`, { _: '' }) !== '');
      const names = new Map<string, Map<unknown, string>>();
      for (const field of columns.filter((c) => REFERENCES[c])) {
        const ref = REFERENCES[field];
        const ids = [...new Set(records.map((r) => r[field]).filter((v) => v !== null && v !== undefined))];
        const map = names.get(ref) ?? new Map<unknown, string>();
        for (let i = 0; i < ids.length; i += PAGE) {
          const { data } = await dataProvider.getMany(ref, { ids: ids.slice(i, i + PAGE) as (string | number)[] });
          for (const d of data as Record<string, unknown>[]) map.set(d.id, String(d.name ?? d.displayName ?? d.title ?? d.firmName ?? ''));
        }
        names.set(ref, map);
      }
      const header = columns.map((c) => exportHeader(resource, c, t));
      const rows: Cell[][] = records.map((r) => columns.map((c) => exportCell(c, r[c], t, names)));
      const title = t(`resources.${resource}.name`, { smart_count: 2, _: definition.name });
      const stamp = formatDateTime(new Date()).replace(/[: ]/g, '');
      if (csv) {
        save(new Blob([toCsv([header, ...rows])], { type: 'text/csv;charset=utf-8' }), `${title}-${stamp}.csv`);
        return;
      }
      const ExcelJS = await import('exceljs');
      const wb = new (ExcelJS.default ?? ExcelJS).Workbook();
      wb.creator = '招商引资 CRM';
      const ws = wb.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = header.map((h, i) => ({
        header: h,
        key: String(i),
        width: Math.min(40, Math.max(10, h.length * 2 + 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length * 1.6))),
      }));
      ws.getRow(1).font = { bold: true };
      for (const r of rows) ws.addRow(r);
      save(new Blob([await wb.xlsx.writeBuffer()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${title}-${stamp}.xlsx`);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={run} disabled={busy || empty}>
      {csv ? 'CSV' : t('ra.action.export')}
    </Button>
  );
}
