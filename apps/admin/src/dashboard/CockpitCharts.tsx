import { Card, CardContent, Grid, Skeleton, Tab, Tabs, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { BREAKDOWNS, type BreakdownBy, type BreakdownRow, cockpitApi, type Overview } from './cockpitApi';
import { KpiSummary } from '../kpi/KpiSummary';
import { breakdownOption, funnelOption, timeInStageOption } from './cockpitModel';
import { useCockpitText } from './cockpitText';
import { EChart } from './EChart';

const BY_KEY = { chain: 'by_chain', owner: 'by_owner', method: 'by_method' } as const;

/** The chart half of the cockpit: a lazy chunk, since ECharts is the heavy part of the dashboard. */
export default function CockpitCharts({ overview }: { overview: Overview }) {
  const t = useCockpitText();
  const translate = useTranslate();
  const [by, setBy] = useState<BreakdownBy>('chain');
  // Another tab keeps the bars it has until its own arrive; the first load shows a placeholder, not empty axes.
  const breakdown = useQuery({ queryKey: ['cockpit', 'breakdown', by], queryFn: () => cockpitApi.breakdown(by), placeholderData: keepPreviousData });

  const stageLabel = (s: string) => translate(`crm.stage.${s}`);
  const funnel = useMemo(() => funnelOption(overview.funnel, t('count'), stageLabel), [overview, t, translate]);
  const stay = useMemo(
    () => timeInStageOption(overview.timeInStage, { median: t('median'), p90: t('p90'), days: t('days_unit') }, stageLabel),
    [overview, t, translate],
  );
  // Chains and people are named by data; a method is a code the UI translates.
  const groupLabel = (r: BreakdownRow) =>
    by !== 'method' ? r.label : r.key === null ? t('unset') : translate(`chainkpi.method.${r.key}`, { _: String(r.key) });
  const groups = useMemo(
    () => breakdownOption(breakdown.data ?? [], { live: t('live'), signed: t('signed'), landed: t('landed') }, 12, groupLabel),
    [breakdown.data, t, translate, by],
  );

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card>
          <CardContent>
            <Typography variant="h6">{t('funnel')}</Typography>
            <EChart option={funnel} label={t('funnel')} />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card>
          <CardContent>
            <Tabs value={by} onChange={(_, v: BreakdownBy) => setBy(v)} sx={{ minHeight: 36 }}>
              {BREAKDOWNS.map((b) => (
                <Tab key={b} value={b} label={t(BY_KEY[b])} sx={{ minHeight: 36 }} />
              ))}
            </Tabs>
            {breakdown.data ? <EChart option={groups} label={t(BY_KEY[by])} /> : <Skeleton variant="rounded" height={280} />}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card>
          <CardContent>
            <Typography variant="h6">{t('time_in_stage')}</Typography>
            <EChart option={stay} label={t('time_in_stage')} height={240} />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card>
          <CardContent>
            <Typography variant="h6">{t('kpis')}</Typography>
            <KpiSummary />
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}
