import { Box, Card, CardContent, Grid, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, formatNumber } from '../lib/format';
import { projectApi, RATE_KEYS, type Rates, type RateKey } from './projectApi';

const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v * 100, 1)}%`);
const counts = (r: Rates, k: RateKey) =>
  k === 'fundsRate'
    ? `${formatMoney(r.fundsArrived)} / ${formatMoney(r.signedInvestment)}`
    : `${k === 'fulfilmentRate' ? r.keeping : k === 'startRate' ? r.started : r.producing} / ${r.signed}`;

/** 履约率, 开工率, 投产率, 资金到位率 with their definitions, overall and by plan, chain or owner. */
export function RatesCard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [by, setBy] = useState<'plan' | 'chain' | 'owner'>('chain');
  const { data } = useQuery({ queryKey: ['cockpit', 'project-rates', by], queryFn: () => projectApi.rates(by) });
  const def = (k: RateKey) => (data ? data.definitions[k][locale.startsWith('zh') ? 'zh' : 'en'] : '');
  return (
    <Card data-testid="project-rates">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1, gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6">
            {translate('signing.rates.title')}
            {data ? ` · ${translate('signing.rates.signed')} ${data.total.signed}` : ''}
          </Typography>
          <TextField
            select
            size="small"
            label={translate('signing.rates.by')}
            value={by}
            onChange={(e) => setBy(e.target.value as typeof by)}
            sx={{ minWidth: 140 }}
          >
            {(['plan', 'chain', 'owner'] as const).map((b) => (
              <MenuItem key={b} value={b}>
                {translate(`signing.rates.by_${b}`)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        {data && (
          <>
            <Grid container spacing={2}>
              {RATE_KEYS.map((k) => (
                <Grid key={k} size={{ xs: 6, md: 3 }}>
                  <Box data-testid={`rate-${k}`}>
                    <Typography variant="body2" color="text.secondary">
                      {translate(`signing.rates.${k}`)}
                    </Typography>
                    <Typography variant="h5">{pct(data.total[k])}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {counts(data.total, k)}
                    </Typography>
                  </Box>
                </Grid>
              ))}
            </Grid>
            {data.rows.length > 0 && (
              <Table size="small" sx={{ mt: 1, '& th': { whiteSpace: 'nowrap' } }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('signing.rates.group')}</TableCell>
                    <TableCell align="right">{translate('signing.rates.signed')}</TableCell>
                    {RATE_KEYS.map((k) => (
                      <TableCell key={k} align="right">
                        <Tooltip title={def(k)}>
                          <span>{translate(`signing.rates.${k}`)}</span>
                        </Tooltip>
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.rows.map((r) => (
                    <TableRow key={r.key}>
                      <TableCell>{r.label}</TableCell>
                      <TableCell align="right">{r.signed}</TableCell>
                      {RATE_KEYS.map((k) => (
                        <TableCell key={k} align="right">
                          <Tooltip title={counts(r, k)}>
                            <span>{pct(r[k])}</span>
                          </Tooltip>
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {!data.total.signed && <Typography color="text.secondary">{translate('signing.rates.none')}</Typography>}
            <Box component="details" sx={{ mt: 1 }} data-testid="rate-definitions" open>
              <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
                {translate('signing.rates.definitions')} · {translate('signing.rates.as_of', { date: data.asOf })}
              </Typography>
              {RATE_KEYS.map((k) => (
                <Typography key={k} variant="caption" color="text.secondary" component="div">
                  {def(k)}
                </Typography>
              ))}
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}
