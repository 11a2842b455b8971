/** Cell formatting for workbooks people read in Chinese offices: Shanghai time, 万元 with two decimals. */
import { shanghaiDate, shanghaiDateTime } from '@crm/time';

/** A cell's date and time, YYYY-MM-DD HH:mm in Shanghai; '' for no value or not a date. */
export function cellDateTime(d: Date | string | null | undefined): string {
  if (d === null || d === undefined || d === '') return '';
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? '' : shanghaiDateTime(date);
}

/** A cell's date, YYYY-MM-DD in Shanghai; a plain 'YYYY-MM-DD' (a date column) passes through unchanged. */
export function cellDate(d: Date | string | null | undefined): string {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? '' : shanghaiDate(date);
}

/** numeric columns arrive as strings from pg; empty stays empty rather than 0. */
export function money(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
