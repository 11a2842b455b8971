import { Alert, Box, Card, CardContent, Chip, Grid, LinearProgress, Link as MuiLink, Skeleton, Stack, Typography } from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { StageChip } from '../components/fields';
import type { ChainMap, CrmDataProvider } from '../providers/dataProvider';
import { homeApi, TODO_KEY } from './homeApi';

/** Links still to fill: nothing in the district and nobody talking to anyone (a gap), or only uncontacted leads. */
const OPEN_COVERAGE = new Set(['gap', 'lead_only']);

function ChainCard({ map }: { map: ChainMap }) {
  const translate = useTranslate();
  const open = map.links.filter((l) => OPEN_COVERAGE.has(l.coverage));
  const pct = map.summary.coveredPct;
  return (
    <Card variant="outlined" data-testid={`chain-home-${map.chain.id}`}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" data-value>
            {map.chain.name}
          </Typography>
          <MuiLink component={Link} to={`/chain-map/${map.chain.id}`}>
            {translate('home.chains.open_map')}
          </MuiLink>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate('home.chains.coverage', {
            covered: map.summary.covered,
            links: map.summary.links,
            pct: pct === null ? '—' : `${pct}%`,
            gaps: open.length,
          })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={pct ?? 0}
          sx={{ my: 1, height: 8, borderRadius: 1 }}
          color={pct !== null && pct >= 60 ? 'success' : 'warning'}
        />
        {open.length ? (
          <Stack spacing={1} sx={{ mt: 1 }}>
            {open.map((l) => (
              <Box
                key={l.id}
                sx={{ borderLeft: 3, borderColor: l.coverage === 'gap' ? 'error.main' : 'warning.main', pl: 1 }}
                data-testid={`chain-home-link-${l.id}`}
              >
                <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="subtitle2" data-value>
                    {l.name}
                  </Typography>
                  <Chip
                    size="small"
                    color={l.coverage === 'gap' ? 'error' : 'warning'}
                    variant="outlined"
                    label={translate(`home.chains.level_${l.coverage}`)}
                  />
                  {l.action && <Chip size="small" label={translate(`chainkpi.action.${l.action}`, { _: l.action })} />}
                </Stack>
                {l.targets.length ? (
                  <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
                    {l.targets.map((t) => (
                      <Chip
                        key={t.id}
                        size="small"
                        clickable
                        component={Link}
                        to={`/targets/${t.id}/show`}
                        label={<span data-value>{t.firmName}</span>}
                        icon={
                          <Box sx={{ pl: 0.5, display: 'flex' }}>
                            <StageChip stage={t.stage} />
                          </Box>
                        }
                        variant="outlined"
                      />
                    ))}
                  </Stack>
                ) : (
                  <Typography variant="caption" color="text.secondary">
                    {translate('home.chains.no_targets')}
                  </Typography>
                )}
              </Box>
            ))}
          </Stack>
        ) : (
          <Typography variant="body2" color="success.main">
            {translate('home.chains.all_covered')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** The chain manager's home: each chain they manage, its coverage and its open links with the targets on each. */
export function ChainHome() {
  const translate = useTranslate();
  const dp = useDataProvider<CrmDataProvider>();
  const todo = useQuery({ queryKey: TODO_KEY, queryFn: homeApi.todo });
  const ids = todo.data?.managedChainIds ?? [];
  const maps = useQueries({ queries: ids.map((id) => ({ queryKey: ['chain-map', id], queryFn: () => dp.chainMap(id) })) });
  return (
    <Box data-testid="chain-home">
      <Typography variant="h5" sx={{ mb: 1.5 }}>
        {translate('home.chains.title')}
      </Typography>
      {todo.isPending && <Skeleton variant="rounded" height={200} />}
      {todo.data && !ids.length && <Alert severity="info">{translate('home.chains.none')}</Alert>}
      <Grid container spacing={2}>
        {maps.map((m, i) => (
          <Grid key={ids[i]} size={{ xs: 12, lg: 6 }}>
            {m.data ? (
              <ChainCard map={m.data as ChainMap} />
            ) : m.error ? (
              <Alert severity="error">{(m.error as Error).message}</Alert>
            ) : (
              <Skeleton variant="rounded" height={160} />
            )}
          </Grid>
        ))}
      </Grid>
    </Box>
  );
}
