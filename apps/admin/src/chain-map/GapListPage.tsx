import AddIcon from '@mui/icons-material/Add';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { CoverageChip } from '../components/fields';
import { LINK_ACTIONS } from '../config/domain';
import { apiJson, query } from '../providers/http';
import type { ChainGap } from './gapApi';
import { newTargetPath } from './chainMapModel';

const FILTERS = ['planId', 'chainId', 'action'] as const;

/** 缺口清单: uncovered links across every chain, filterable by plan, chain and action, each with its way to a new target. */
export default function GapListPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const { permissions: role } = usePermissions<string>();
  // A chain manager starts with the chains they manage (those they may act on); the switch shows every chain.
  const [mineOnly, setMineOnly] = useState(true);
  const onlyMine = role === 'chain_manager' && mineOnly;
  const filter = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const set = (key: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'planId') next.delete('chainId');
    setParams(next, { replace: true });
  };
  const { data: plans = [] } = useGetList('plans', { pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' } });
  const { data: chains = [] } = useGetList('chains', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'sortOrder', order: 'ASC' },
    filter: filter.planId ? { planId: Number(filter.planId) } : {},
  });
  const {
    data: allGaps,
    isPending,
    error,
  } = useQuery({
    queryKey: ['chain-gaps', filter],
    queryFn: () => apiJson<ChainGap[]>(`/chain-gaps${query(filter)}`),
  });
  const gaps = allGaps && (onlyMine ? allGaps.filter((g) => g.mayCreateTarget) : allGaps);
  const select = (key: (typeof FILTERS)[number], label: string, options: { id: string | number; name: string; data?: boolean }[]) => (
    <TextField
      select
      size="small"
      label={label}
      value={filter[key]}
      onChange={(e) => set(key, e.target.value)}
      sx={{ minWidth: 200, maxWidth: 360 }}
      data-testid={`gap-filter-${key}`}
    >
      <MenuItem value="">{translate('chainkpi.gaps.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.id} value={String(o.id)} data-value={o.data ? true : undefined}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Box sx={{ p: 2 }} data-testid="gap-list">
      <Title title={translate('chainkpi.gaps.title')} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('chainkpi.gaps.hint')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        {select(
          'planId',
          translate('chainkpi.gaps.plan'),
          plans.map((p) => ({ id: p.id, name: p.title, data: true })),
        )}
        {select(
          'chainId',
          translate('chainkpi.gaps.chain'),
          chains.map((c) => ({ id: c.id, name: c.name, data: true })),
        )}
        {select(
          'action',
          translate('chainkpi.gaps.action'),
          LINK_ACTIONS.map((a) => ({ id: a, name: translate(`chainkpi.action.${a}`) })),
        )}
        {role === 'chain_manager' && (
          <FormControlLabel
            control={<Switch checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} data-testid="gap-mine" />}
            label={translate('chainkpi.gaps.mine_only')}
          />
        )}
      </Stack>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending && <Loading />}
      {gaps && (
        <Card>
          <Typography variant="subtitle2" sx={{ p: 2, pb: 0 }} data-testid="gap-count">
            {translate('chainkpi.gaps.count', { count: gaps.length })}
          </Typography>
          {gaps.length === 0 ? (
            <Alert severity="success" sx={{ m: 2 }}>
              {translate('chainkpi.gaps.none')}
            </Alert>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('chainkpi.gaps.chain')}</TableCell>
                    <TableCell>{translate('chainkpi.gaps.link')}</TableCell>
                    <TableCell>{translate('chainkpi.gaps.position')}</TableCell>
                    <TableCell>{translate('chainkpi.gaps.action')}</TableCell>
                    <TableCell>{translate('chainkpi.gaps.status')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {gaps.map((g) => (
                    <TableRow key={g.linkId} data-testid="gap-row" data-link-id={g.linkId} hover>
                      <TableCell>
                        <Typography variant="body2" data-value>
                          {g.chainName}
                        </Typography>
                        {!filter.planId && (
                          <Typography variant="caption" color="text.secondary" component="div" noWrap sx={{ maxWidth: 260 }} title={g.planTitle} data-value>
                            {g.planTitle}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell data-value>{g.linkName}</TableCell>
                      <TableCell>{translate(`crm.position.${g.position}`, { _: g.position })}</TableCell>
                      <TableCell>
                        {g.action ? <Chip size="small" variant="outlined" label={translate(`chainkpi.action.${g.action}`, { _: g.action })} /> : '—'}
                      </TableCell>
                      <TableCell>
                        <CoverageChip coverage={g.coverage} />
                        {g.leadTargets > 0 && (
                          <Typography variant="caption" component="div" color="text.secondary">
                            {translate('chainkpi.gaps.leads', { count: g.leadTargets })}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <Button component={Link} to={`/chain-map/${g.chainId}`} size="small">
                          {translate('chainkpi.gaps.map')}
                        </Button>
                        <Button component={Link} to={`/candidates/${g.linkId}`} size="small" startIcon={<PlaylistAddCheckIcon />} data-testid="gap-candidates">
                          {translate('candidates.open')}
                        </Button>
                        {g.mayCreateTarget ? (
                          <Button
                            component={Link}
                            to={newTargetPath(g.chainId, g.linkId)}
                            size="small"
                            variant="outlined"
                            startIcon={<AddIcon />}
                            data-testid="gap-create"
                          >
                            {translate('chainkpi.gaps.create')}
                          </Button>
                        ) : (
                          <Typography variant="caption" color="text.secondary">
                            {translate('chainkpi.gaps.no_right')}
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </Card>
      )}
    </Box>
  );
}
