import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DEFAULTS_ID, type ReminderRuleRecord } from './ruleModel';

/** The plan's title, or 默认规则 for the defaults. */
export function ScopeField(_: { source?: string; sortBy?: string; label?: string }) {
  const record = useRecordContext<ReminderRuleRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <strong>{record.id === DEFAULTS_ID ? translate('crm.reminder_rules.defaults') : record.planTitle}</strong>;
}

/** 默认 / 单独设置 / 沿用默认. */
export function OverrideChip(_: { label?: string }) {
  const record = useRecordContext<ReminderRuleRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const which = record.id === DEFAULTS_ID ? 'is_defaults' : record.overridden ? 'own' : 'inherits';
  return (
    <Chip
      size="small"
      variant={which === 'inherits' ? 'outlined' : 'filled'}
      color={which === 'own' ? 'primary' : 'default'}
      label={translate(`crm.reminder_rules.${which}`)}
      data-override={which}
    />
  );
}

/** A stage's stale thresholds as `yellow / red` days. */
export function ThresholdsField({ stage }: { stage: string; label?: string }) {
  const record = useRecordContext<ReminderRuleRecord>();
  if (!record) return null;
  return <span>{`${record[`${stage}YellowDays`]} / ${record[`${stage}RedDays`]}`}</span>;
}

/** The digest time only counts on the defaults (one digest per promoter). */
export function DigestTimeField(_: { label?: string }) {
  const record = useRecordContext<ReminderRuleRecord>();
  if (!record) return null;
  return <span>{record.id === DEFAULTS_ID ? record.digestTime : '—'}</span>;
}
