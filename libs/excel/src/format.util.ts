/** Cell formatting for workbooks people read in Chinese offices: Asia/Shanghai time, 万元 with two decimals. */

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** '2026-03-16 10:00' in Asia/Shanghai; '' for no value. */
export function shanghaiDateTime(d: Date | string | null | undefined): string {
  if (d === null || d === undefined || d === '') return '';
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

/** '2026-03-16' in Asia/Shanghai; a plain 'YYYY-MM-DD' (a date column) passes through unchanged. */
export function shanghaiDate(d: Date | string | null | undefined): string {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? '' : dateOnly.format(date);
}

/** numeric columns arrive as strings from pg; empty stays empty rather than 0. */
export function money(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** `attachment; filename="pipeline.xlsx"; filename*=UTF-8''%E6%8B%9B…` (RFC 6266 / 5987), ASCII fallback for old clients. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encoded}`;
}
