/** Money in 万元/亿元 (English: CNY M/B) and times in Asia/Shanghai, the way the office reads them. */
import { readerLocale, type ReaderLocale } from './readerLocale';

export const TIME_ZONE = 'Asia/Shanghai';
/** Shanghai has kept UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const fixed = (n: number, digits: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * A sum held in 万元 (the unit every amount in the system is stored in), for the reader:
 * - Chinese, as the office writes it: below 1 亿 in 万元 (up to two decimals, trailing zeros
 *   dropped), from 10,000 万元 in 亿元 with two decimals;
 * - English, as an English reader counts: `CNY 50,000`, `CNY 30 M` (up to two decimals),
 *   `CNY 1.25 B` (two decimals), with thousands separators. 1 万元 = 10,000 yuan.
 */
export function formatMoney(wan: number | string | null | undefined, locale: ReaderLocale = readerLocale()): string {
  if (wan === null || wan === undefined || wan === '') return '—';
  const n = typeof wan === 'number' ? wan : Number(wan);
  if (!Number.isFinite(n)) return '—';
  if (locale === 'en') {
    const yuan = n * 10_000;
    if (Math.abs(yuan) >= 1e9) return `CNY ${fixed(yuan / 1e9, 2)} B`;
    if (Math.abs(yuan) >= 1e6) return `CNY ${(yuan / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 })} M`;
    return `CNY ${yuan.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  }
  if (Math.abs(n) >= 10_000) return `${fixed(n / 10_000, 2)} 亿元`;
  return `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
}

/** A rate in 万元 per day (pipeline velocity): `1,907.69 万元/天`, `CNY 19.08 M/day`. */
export function formatMoneyPerDay(wan: number | null | undefined, locale: ReaderLocale = readerLocale()): string {
  const money = formatMoney(wan, locale);
  return money === '—' ? money : `${money}${locale === 'en' ? '/day' : '/天'}`;
}

/** A count or measure with thousands separators: 5584 → '5,584', 12.8547 → '12.85'; null → '—'. */
export function formatNumber(v: number | string | null | undefined, maxDigits = 2): string {
  if (v === null || v === undefined || v === '') return '—';
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return '—';
  return n.toLocaleString('en-US', { maximumFractionDigits: maxDigits });
}

/** A percentage already in % (0.43 → '0.4%'), one decimal, with thousands separators; null → '—'. */
export const formatPercent = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${formatNumber(v, 1)}%`);

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const dateFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const toDate = (v: string | number | Date | null | undefined): Date | null => {
  if (v === null || v === undefined || v === '') return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** `2025-03-01 16:30` in Shanghai time, whatever the browser's zone; with `seconds`, `16:30:05` (attempt logs). */
export function formatDateTime(v: string | number | Date | null | undefined, opts: { seconds?: boolean } = {}): string {
  const d = toDate(v);
  if (!d) return '—';
  const p = Object.fromEntries(dateTimeFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ''}`;
}

export function formatDate(v: string | number | Date | null | undefined): string {
  const d = toDate(v);
  if (!d) return '—';
  const p = Object.fromEntries(dateFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant as the value of an `<input type="datetime-local">` showing Shanghai wall time. */
export function toShanghaiInput(v: string | Date | null | undefined): string {
  const d = toDate(v ?? null);
  if (!d) return '';
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** Shanghai wall time typed into a datetime-local input (`2025-03-01T16:30`) → ISO instant; '' → null. */
export function fromShanghaiInput(local: string | null | undefined): string | null {
  if (!local) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) - SHANGHAI_OFFSET_MS;
  return new Date(utc).toISOString();
}

/** Today's date in Shanghai as `YYYY-MM-DD` (default landing date). */
export const shanghaiToday = (now: Date = new Date()): string => formatDate(now);
