import { Alert, Box, Card, CardContent, Grid, MenuItem, Skeleton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import { formatMoney, formatMoneyPerDay, formatNumber } from '../lib/format';
import { cockpitApi } from './cockpitApi';
import { percent, scopeKey } from './cockpitModel';
import { useCockpitText } from './cockpitText';
import { StalledTable } from './StalledTable';

// ECharts lives in this chunk only; the dashboard shell and figures render before it arrives.
const CockpitCharts = lazy(() => import('./CockpitCharts'));

const PERIODS = [30, 90, 365] as const;

/** A headline figure; `hint` (a definition) shows on hovering its label. */
function Figure({ label, value, sub, hint, testId }: { label: string; value: string; sub?: string; hint?: string; testId?: string }) {
  const caption = (
    <Typography variant="body2" color="text.secondary" sx={hint ? { textDecoration: 'underline dotted', cursor: 'help', width: 'fit-content' } : undefined}>
      {label}
    </Typography>
  );
  return (
    <Card sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        {hint ? (
          <Tooltip title={hint} describeChild>
            {caption}
          </Tooltip>
        ) : (
          caption
        )}
        <Typography variant="h5">{value}</Typography>
        {sub && (
          <Typography variant="caption" color="text.secondary">
            {sub}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * 驾驶舱: charts first. Role-aware by construction: the API answers each caller with their own
 * scope (leader/admin all, chain manager their chains, promoter own + team), and the header says which.
 */
export function Cockpit() {
  const t = useCockpitText();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [days, setDays] = useState<number>(365);
  const overview = useQuery({ queryKey: ['cockpit', 'overview', days], queryFn: () => cockpitApi.overview(days) });
  const o = overview.data;

  return (
    <Box data-testid="cockpit">
      {/* The heading keeps its line; the period select keeps its own width (the theme's inputs are full-width) and goes under it on a phone. */}
      <Stack direction="row" useFlexGap sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" data-testid="cockpit-heading" sx={{ whiteSpace: { sm: 'nowrap' } }}>
          {t('title')} · {t(`scope_${scopeKey(identity?.role as string | undefined)}`)}
        </Typography>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={t('period')}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
          sx={{ width: 180, flexShrink: 0, my: 0 }}
        >
          {PERIODS.map((n) => (
            <MenuItem key={n} value={n}>
              {t('days', { n })}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {overview.isError && <Alert severity="error">{t('load_failed')}</Alert>}
      {!o ? (
        <Skeleton variant="rounded" height={320} />
      ) : (
        <Stack spacing={2}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 6, md: 2 }}>
              <Figure label={t('signing_rate')} value={percent(o.rates.signingRate)} sub={`${o.rates.signed} / ${o.rates.contacted}`} />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <Figure label={t('landing_rate')} value={percent(o.rates.landingRate)} sub={`${o.rates.landed} / ${o.rates.signed}`} />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <Figure
                label={t('year_signed', { year: o.thisYear.year })}
                value={formatMoney(o.thisYear.signed.investment)}
                sub={`${o.thisYear.signed.count} ${t('projects')} · ${t('jobs')} ${o.thisYear.signed.jobs}`}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <Figure
                label={t('year_landed', { year: o.thisYear.year })}
                value={formatMoney(o.thisYear.landed.investment)}
                sub={`${o.thisYear.landed.count} ${t('projects')} · ${t('jobs')} ${o.thisYear.landed.jobs}`}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <Figure
                testId="velocity"
                label={t('velocity')}
                hint={t('velocity_def')}
                value={formatMoneyPerDay(o.velocity.velocityPerDay)}
                sub={t('velocity_terms', {
                  live: formatNumber(o.velocity.liveTargets),
                  avg: formatMoney(o.velocity.averageInvestment),
                  win: percent(o.velocity.winRate),
                  days: formatNumber(o.velocity.averageCycleDays, 0),
                })}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <Figure
                label={t('overdue')}
                value={String(o.overdue.total)}
                sub={`${t('stalled')} · ${t('red')} ${o.stalled.red} · ${t('yellow')} ${o.stalled.yellow}`}
              />
            </Grid>
          </Grid>
          <Suspense fallback={<Skeleton variant="rounded" height={560} />}>
            <CockpitCharts overview={o} />
          </Suspense>
          <Card>
            <CardContent>
              <Typography variant="h6">
                {t('stalled')} · {t('red')} {o.stalled.red} · {t('yellow')} {o.stalled.yellow}
              </Typography>
              <StalledTable stalled={o.stalled} />
            </CardContent>
          </Card>
          <Typography variant="body2" color="text.secondary">
            {t('conversion')} ·{' '}
            {o.conversion.map((c) => `${translate(`crm.stage.${c.from}`)} → ${translate(`crm.stage.${c.to}`)} ${percent(c.rate)}`).join(' · ')}
          </Typography>
        </Stack>
      )}
    </Box>
  );
}
