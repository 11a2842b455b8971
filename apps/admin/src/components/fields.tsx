import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { COVERAGE_COLORS, STAGE_COLORS, type Coverage, type Stage } from '../config/domain';
import { formatDate, formatDateTime, formatMoney } from '../lib/format';
import { messageText, type BilingualText } from '../resources/notifications/notificationModel';

interface FieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
}

const valueOf = (record: Record<string, unknown> | undefined, source: string): unknown =>
  source.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], record);

/** A reminder's or message's title/body in the reader's language (see messageText). */
export function MessageTextField({ source }: FieldProps & { source: 'title' | 'body' }) {
  const record = useRecordContext<BilingualText & { id: number }>();
  const [locale] = useLocaleState();
  return <span>{record ? messageText(record, source, locale) : ''}</span>;
}

/** A sum in 万元: 万元/亿元 in Chinese, CNY M/B in English. */
export function MoneyField({ source }: FieldProps) {
  const record = useRecordContext();
  return <span>{formatMoney(valueOf(record, source) as number | null)}</span>;
}

/** An instant in Asia/Shanghai time (`YYYY-MM-DD HH:mm`). */
export function ShanghaiDateTimeField({ source }: FieldProps) {
  const record = useRecordContext();
  return <span>{formatDateTime(valueOf(record, source) as string | null)}</span>;
}

export function ShanghaiDateField({ source }: FieldProps) {
  const record = useRecordContext();
  return <span>{formatDate(valueOf(record, source) as string | null)}</span>;
}

export function StageChip({ stage }: { stage: Stage }) {
  const translate = useTranslate();
  return <Chip size="small" label={translate(`crm.stage.${stage}`)} sx={{ bgcolor: STAGE_COLORS[stage], color: '#fff' }} data-stage={stage} />;
}

export function StageField({ source = 'stage' }: Partial<FieldProps>) {
  const record = useRecordContext();
  const stage = valueOf(record, source) as Stage | undefined;
  return stage ? <StageChip stage={stage} /> : null;
}

export function CoverageChip({ coverage }: { coverage: Coverage }) {
  const translate = useTranslate();
  return (
    <Chip size="small" label={translate(`crm.coverage.${coverage}`)} sx={{ bgcolor: COVERAGE_COLORS[coverage], color: '#fff' }} data-coverage={coverage} />
  );
}

/** Tags (text[]) as chips. */
export function TagsField({ source }: FieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const tags = (valueOf(record, source) as string[] | undefined) ?? [];
  return (
    <span>
      {tags.map((t) => (
        <Chip key={t} size="small" label={translate(`chainkpi.tag.${t}`, { _: t })} sx={{ mr: 0.5, mb: 0.5 }} />
      ))}
    </span>
  );
}

/** A recruitment method (the plans' own words, 平台招商 …) in the reader's language. */
export function MethodField({ source = 'method' }: Partial<FieldProps>) {
  const record = useRecordContext();
  const translate = useTranslate();
  const method = valueOf(record, source) as string | null | undefined;
  return <span>{method ? translate(`chainkpi.method.${method}`, { _: method }) : '—'}</span>;
}
