import { Button, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatNumber } from '../lib/format';
import { useUnitLabel } from '../lib/units';
import { KPI_PLANS_KEY, kpiApi } from './kpiApi';
import { KpiCell } from './KpiCell';
import { kpiTable } from './kpiModel';

/** The cockpit's KPI card: each plan's district-wide metrics for its headline year, with a way to every year. */
export function KpiSummary() {
  const translate = useTranslate();
  const unit = useUnitLabel();
  const { data: plans = [], isPending } = useQuery({ queryKey: KPI_PLANS_KEY, queryFn: () => kpiApi.plans() });
  if (isPending) return <Skeleton variant="rounded" height={160} />;
  return (
    <Stack spacing={2} data-testid="kpi-summary">
      {plans.map((p) => {
        const t = kpiTable(p);
        const year = p.headlineYear;
        const overall = t.tracked.filter((r) => r.chainId === null);
        const untracked = t.untracked.filter((r) => r.chainId === null).length;
        return (
          <Stack key={p.plan.id} spacing={0.5}>
            <Typography variant="subtitle2" data-value>
              {p.plan.title}
            </Typography>
            {year !== null && overall.length > 0 && (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('chainkpi.kpi.metric')}</TableCell>
                    {t.baseYear !== null && <TableCell>{translate('chainkpi.kpi.baseline_year', { year: t.baseYear })}</TableCell>}
                    <TableCell>
                      {translate('chainkpi.kpi.year', { year })} · {translate('chainkpi.kpi.headline')}
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {overall.map((r) => (
                    <TableRow key={r.key}>
                      <TableCell data-value>{r.metric}</TableCell>
                      {t.baseYear !== null && (
                        <TableCell>
                          {formatNumber(r.baseline)} {unit(r.unit)}
                        </TableCell>
                      )}
                      <TableCell>
                        <KpiCell item={r.byYear[year]} unit={unit(r.unit)} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {untracked > 0 && (
              <Typography variant="caption" color="text.secondary">
                {translate('chainkpi.kpi.untracked_title', { count: untracked })}
              </Typography>
            )}
          </Stack>
        );
      })}
      <Button component={Link} to="/kpis" size="small" sx={{ alignSelf: 'flex-start' }}>
        {translate('chainkpi.kpi.open_view')}
      </Button>
    </Stack>
  );
}
