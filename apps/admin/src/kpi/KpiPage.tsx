import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { formatNumber } from '../lib/format';
import { useUnitLabel } from '../lib/units';
import { KPI_PLANS_KEY, kpiApi, type KpiPlanProgress } from './kpiApi';
import { KpiCell } from './KpiCell';
import { kpiTable, targetsLine } from './kpiModel';
import { usePunctuation } from '../lib/usePunctuation';

function PlanKpis({ progress }: { progress: KpiPlanProgress }) {
  const translate = useTranslate();
  const p = usePunctuation();
  const unit = useUnitLabel();
  const t = kpiTable(progress);
  const { plan } = progress;
  const scope = (chain: string | null) => chain ?? translate('chainkpi.kpi.overall');
  if (!progress.items.length) return <Alert severity="info">{translate('chainkpi.kpi.empty')}</Alert>;
  return (
    <Stack spacing={2} data-testid="kpi-plan" data-plan={plan.code}>
      <Typography variant="body2" color="text.secondary">
        {plan.baseYear !== null ? translate('chainkpi.kpi.base_year', { year: plan.baseYear }) : translate('chainkpi.kpi.no_base_year')}
        {' · '}
        {translate('chainkpi.kpi.plan_years', { from: plan.startYear ?? t.years[0], to: plan.endYear ?? t.years[t.years.length - 1] })}
        {progress.headlineYear !== null && ` · ${translate('chainkpi.kpi.headline_year', { year: progress.headlineYear })}`}
      </Typography>
      <Typography variant="body2">{translate('chainkpi.kpi.definition')}</Typography>
      {t.tracked.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="kpi-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('chainkpi.kpi.metric')}</TableCell>
                {t.baseYear !== null && <TableCell>{translate('chainkpi.kpi.baseline_year', { year: t.baseYear })}</TableCell>}
                {t.years.map((y) => (
                  <TableCell key={y} sx={y === progress.headlineYear ? { bgcolor: 'action.selected' } : undefined}>
                    {translate('chainkpi.kpi.year', { year: y })} · {translate('chainkpi.kpi.headline')}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {t.tracked.map((r) => (
                <TableRow key={r.key} data-testid="kpi-row" data-metric={r.metric} data-chain={r.chainId ?? 'overall'}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 'bold' }} data-value>
                      {r.metric}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" data-value={r.chain ? true : undefined}>
                      {scope(r.chain)} · {unit(r.unit)}
                    </Typography>
                  </TableCell>
                  {t.baseYear !== null && (
                    <TableCell data-testid="kpi-baseline">
                      <Typography variant="body1">{formatNumber(r.baseline)}</Typography>
                      <Chip size="small" variant="outlined" label={translate('chainkpi.kpi.baseline')} />
                    </TableCell>
                  )}
                  {t.years.map((y) => (
                    <TableCell key={y} sx={y === progress.headlineYear ? { bgcolor: 'action.hover' } : undefined}>
                      <KpiCell item={r.byYear[y]} unit={unit(r.unit)} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {t.untracked.length > 0 && (
        <Accordion disableGutters variant="outlined" data-testid="kpi-untracked">
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="subtitle2">{translate('chainkpi.kpi.untracked_title', { count: t.untracked.length })}</Typography>
          </AccordionSummary>
          <AccordionDetails>
            <Typography variant="caption" color="text.secondary">
              {translate('chainkpi.kpi.untracked_hint')}
            </Typography>
            <Table size="small">
              <TableBody>
                {t.untracked.map((r) => (
                  <TableRow key={r.key}>
                    <TableCell data-value>
                      {r.metric}
                      {r.chain ? p.paren(r.chain) : ''}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {targetsLine(r, [...(t.baseYear !== null ? [t.baseYear] : []), ...t.years])} {unit(r.unit)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionDetails>
        </Accordion>
      )}
    </Stack>
  );
}

/** 规划目标: every plan's KPIs for each of its own years — baseline, target, actual and 新增完成率. */
export default function KpiPage() {
  const translate = useTranslate();
  const { data: plans, isPending, error } = useQuery({ queryKey: KPI_PLANS_KEY, queryFn: () => kpiApi.plans() });
  const [tab, setTab] = useState(0);
  return (
    <Box sx={{ p: 2 }} data-testid="kpi-page">
      <Title title={translate('chainkpi.kpi.title')} />
      {isPending && <Loading />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {plans && (
        <Card>
          <Tabs
            value={Math.min(tab, plans.length - 1)}
            onChange={(_, v: number) => setTab(v)}
            variant="scrollable"
            sx={{ borderBottom: 1, borderColor: 'divider' }}
          >
            {plans.map((p, i) => (
              <Tab key={p.plan.id} value={i} label={<span data-value>{p.plan.title}</span>} sx={{ textTransform: 'none', maxWidth: 480 }} />
            ))}
          </Tabs>
          <CardContent>{plans[Math.min(tab, plans.length - 1)] && <PlanKpis progress={plans[Math.min(tab, plans.length - 1)]} />}</CardContent>
        </Card>
      )}
    </Box>
  );
}
