import { Chip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatNumber, formatPercent } from '../lib/format';
import { KPI_PLANS_KEY, kpiApi, type KpiYearItem } from './kpiApi';

/** The progress of the 目标值 row in context, from the KPI view's (cached) answer. */
function useKpiItem(): KpiYearItem | undefined {
  const record = useRecordContext();
  const { data } = useQuery({ queryKey: KPI_PLANS_KEY, queryFn: () => kpiApi.plans(), staleTime: 60_000 });
  if (!record || !data) return undefined;
  for (const p of data) {
    const found = p.items.find((i) => i.id === record.id);
    if (found) return found;
  }
  return undefined;
}

/** The figure, marked 基准值 on the plan's base-year rows (a baseline, not a target to reach). */
export function KpiValueField(_: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const item = useKpiItem();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {formatNumber(record.value as number)}
      {item?.isBaseline && (
        <Chip size="small" variant="outlined" label={translate('chainkpi.kpi.baseline_chip')} sx={{ ml: 1 }} data-testid="kpi-baseline-chip" />
      )}
    </span>
  );
}

export function KpiActualField(_: { source?: string; label?: string; sortable?: boolean }) {
  const item = useKpiItem();
  return <span>{item?.tracked ? formatNumber(item.actual) : '—'}</span>;
}

export function KpiRateField(_: { source?: string; label?: string; sortable?: boolean }) {
  const item = useKpiItem();
  return <span>{item?.isBaseline ? '' : formatPercent(item?.increaseRate ?? null)}</span>;
}
