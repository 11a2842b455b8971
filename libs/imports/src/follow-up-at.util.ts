import { DAY_MS, HOUR_MS, SHANGHAI_OFFSET_MS } from '@crm/time';

/** Excel's serial day 25569 is 1970-01-01 (1900 date system). */
const EXCEL_EPOCH_SERIAL = 25_569;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
/** A follow-up given as a date alone is due at the start of that working day. */
const DATE_ONLY_HOUR = 9;

const LOCAL = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
const WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const SERIAL = /^\d+(?:\.\d+)?$/;

/**
 * The import's 下次跟进时间 cell as an instant. Accepts what people put in a spreadsheet:
 * `2026-03-01 09:30`, `2026/3/1 9:30`, `2026年3月1日 9:30`, `2026-03-01` (09:00), all read as
 * Asia/Shanghai wall-clock time; an ISO 8601 time with its own offset (`…T01:30:00Z`); and an
 * Excel date cell, which the streaming reader hands over as its serial number (46082.395833…;
 * a whole number is a date alone).
 * Years outside 2000–2100 and impossible dates (02-30, 24:00) are refused. Returns null for an
 * empty cell and undefined when the text is not a date and time.
 */
export function parseFollowUpAt(text: string): Date | null | undefined {
  const s = text.trim();
  if (!s) return null;
  if (SERIAL.test(s)) {
    // Excel keeps wall-clock time without a zone; rounded to the second against float noise. A whole day is a date alone.
    const serial = Number(s);
    const wall = Math.round((serial - EXCEL_EPOCH_SERIAL) * (DAY_MS / 1000)) * 1000 + (Number.isInteger(serial) ? DATE_ONLY_HOUR * HOUR_MS : 0);
    return inRange(wall - SHANGHAI_OFFSET_MS);
  }
  const z = WITH_ZONE.exec(s);
  if (z) {
    const wall = wallClock(z[1], z[2], z[3], z[4], z[5], z[6]);
    const offset = z[7] === 'Z' ? 0 : (z[8] === '-' ? -1 : 1) * (Number(z[9]) * HOUR_MS + Number(z[10]) * 60_000);
    return wall === undefined ? undefined : inRange(wall - offset);
  }
  const m = LOCAL.exec(s);
  if (!m) return undefined;
  const wall = m[4] === undefined ? wallClock(m[1], m[2], m[3], String(DATE_ONLY_HOUR), '0', '0') : wallClock(m[1], m[2], m[3], m[4], m[5], m[6]);
  return wall === undefined ? undefined : inRange(wall - SHANGHAI_OFFSET_MS);
}

/** Milliseconds of a calendar date and clock time read as UTC, or undefined when no such moment exists. */
function wallClock(y: string, mo: string, d: string, h: string, mi: string, sec: string | undefined): number | undefined {
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, sec ?? '0'].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/** Within 2000–2100 by the Shanghai calendar: anything else is a typo (0026, 20260) rather than a plan. */
function inRange(ms: number): Date | undefined {
  const year = new Date(ms + SHANGHAI_OFFSET_MS).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? new Date(ms) : undefined;
}
