import { Alert, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { FIT_COMPONENTS, type FitWeights } from '@crm/contracts';
import { apiJson } from '../providers/http';
import { COMPONENT_COLOURS, fullScore } from './candidatesModel';

interface WeightsRow extends FitWeights {
  planId: number;
  planTitle: string;
  planRegion: string;
  overridden: boolean;
  version: number | null;
}

/** 评分权重: each plan's fit-score weights, edited by admins; 恢复默认 returns a plan to the defaults. */
export default function FitWeightsPage() {
  const translate = useTranslate();
  const { data, isPending, error } = useQuery({ queryKey: ['fit-weights'], queryFn: () => apiJson<WeightsRow[]>('/fit-weights') });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="fit-weights">
      <Title title={translate('fitweights.title')} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('fitweights.hint')}
      </Typography>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending && <Loading />}
      <Stack spacing={2}>
        {data?.map((row) => (
          <PlanWeights key={`${row.planId}-${row.version ?? 'd'}`} row={row} />
        ))}
      </Stack>
    </Box>
  );
}

function PlanWeights({ row }: { row: WeightsRow }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(FIT_COMPONENTS.map((k) => [k, String(row[k])])));
  const parsed = Object.fromEntries(FIT_COMPONENTS.map((k) => [k, Number(values[k])])) as FitWeights;
  const valid = FIT_COMPONENTS.every((k) => /^\d{1,3}$/.test(values[k]) && parsed[k] <= 100);
  const done = (message: string) => () => {
    notify(message, { type: 'success' });
    void queryClient.invalidateQueries({ queryKey: ['fit-weights'] });
    void queryClient.invalidateQueries({ queryKey: ['candidates'] });
  };
  const fail = (e: unknown) => notify((e as Error).message, { type: 'error' });
  const save = useMutation({
    mutationFn: () => apiJson(`/fit-weights/${row.planId}`, { method: 'PUT', body: { ...parsed, version: row.version } }),
    onSuccess: done(translate('fitweights.saved')),
    onError: fail,
  });
  const reset = useMutation({
    mutationFn: () => apiJson(`/fit-weights/${row.planId}${row.version ? `?version=${row.version}` : ''}`, { method: 'DELETE' }),
    onSuccess: done(translate('fitweights.reset_done')),
    onError: fail,
  });
  return (
    <Card variant="outlined" data-testid="plan-weights" data-plan-id={row.planId}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
          <Typography variant="subtitle1" data-value sx={{ overflowWrap: 'anywhere' }}>
            {row.planTitle}
          </Typography>
          <Chip size="small" color={row.overridden ? 'primary' : 'default'} label={translate(row.overridden ? 'fitweights.custom' : 'fitweights.defaults')} />
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(4, 1fr)', md: 'repeat(7, 1fr)' }, gap: 1.5 }}>
          {FIT_COMPONENTS.map((k) => (
            <TextField
              key={k}
              size="small"
              type="number"
              label={translate(`candidates.component.${k}`)}
              value={values[k]}
              onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
              error={!/^\d{1,3}$/.test(values[k]) || Number(values[k]) > 100}
              slotProps={{ htmlInput: { min: 0, max: 100, step: 1, 'data-testid': `weight-${k}` } }}
              sx={{ '& .MuiOutlinedInput-notchedOutline': { borderLeft: `4px solid ${COMPONENT_COLOURS[k]}` } }}
            />
          ))}
        </Box>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', mt: 2, flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ flex: 1 }}>
            {valid ? translate('fitweights.total', { total: fullScore(parsed) }) : ''}
          </Typography>
          {row.overridden && (
            <Button size="small" onClick={() => reset.mutate()} disabled={reset.isPending} data-testid="weights-reset">
              {translate('fitweights.reset')}
            </Button>
          )}
          <Button variant="contained" size="small" onClick={() => save.mutate()} disabled={!valid || save.isPending} data-testid="weights-save">
            {translate('fitweights.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
