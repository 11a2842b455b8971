import { HandbookButton } from '../components/ReportButtons';
import { Alert, Box, Chip, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Loading, Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { CoverageChip } from '../components/fields';
import { COVERAGE_COLORS, COVERAGES } from '../config/domain';
import type { CrmDataProvider } from '../providers/dataProvider';
import { ChainChart } from './ChainChart';
import { chainTree } from './chainMapModel';
import { LinkDetails } from './LinkDetails';

/** 产业链图谱: a chain as a tree coloured by coverage; click a link for its firms and targets. */
export default function ChainMapPage() {
  const { chainId } = useParams();
  const navigate = useNavigate();
  const translate = useTranslate();
  const dp = useDataProvider<CrmDataProvider>();
  const [selected, setSelected] = useState<number | null>(null);
  const { data: chains = [] } = useGetList('chains', { pagination: { page: 1, perPage: 200 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data: map, isPending, error } = useQuery({ queryKey: ['chains', 'map', chainId], queryFn: () => dp.chainMap(chainId!), enabled: !!chainId });

  const tree = useMemo(
    () =>
      map &&
      chainTree(map, {
        position: (p) => translate(`crm.position.${p}`, { _: p }),
        coverage: (c) => translate(`crm.coverage.${c}`),
        gap: translate('crm.chain_map.gap_flag'),
      }),
    [map, translate],
  );
  const link = map?.links.find((l) => l.id === selected);

  return (
    <Box sx={{ p: 2 }} data-testid="chain-map">
      <Title title={translate('crm.chain_map.title')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: "wrap", alignItems: "center" }}>
        <TextField
          select
          size="small"
          label={translate('crm.chain_map.pick_chain')}
          value={chainId ?? ''}
          onChange={(e) => {
            setSelected(null);
            void navigate(`/chain-map/${e.target.value}`);
          }}
          sx={{ minWidth: 240 }}
        >
          {chains.map((c) => (
            <MenuItem key={c.id} value={String(c.id)}>{c.name}</MenuItem>
          ))}
        </TextField>
        <Typography variant="caption">{translate('crm.chain_map.legend')}：</Typography>
        {COVERAGES.map((c) => <CoverageChip key={c} coverage={c} />)}
        <HandbookButton chainId={chainId} />
      </Stack>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {chainId && isPending && <Loading />}
      {map && tree && (
        <>
          <Typography variant="subtitle1" data-testid="chain-summary">
            {map.chain.name}：
            {translate('crm.chain_map.summary', { links: map.summary.links, covered: map.summary.covered, gaps: map.summary.gaps, percent: map.summary.coveredPct ?? '—' })}
          </Typography>
          {!!map.summary.ownerFirms?.length && (
            <Typography variant="body2" color="text.secondary">
              {translate('crm.chain_map.chain_owners')}：{map.summary.ownerFirms.map((f) => f.name).join('、')}
            </Typography>
          )}
          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Grid size={{ xs: 12, lg: 8 }}>
              <ChainChart tree={tree} onSelect={setSelected} height={Math.max(360, map.links.length * 34)} />
              <Typography variant="caption" color="text.secondary">{translate('crm.chain_map.click_hint')}</Typography>
              {/* The same links as a list: readable without the canvas, and keyboard-reachable. */}
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }} data-testid="chain-links">
                {map.links.map((l) => (
                  <Chip
                    key={l.id}
                    clickable
                    onClick={() => setSelected(l.id)}
                    variant={selected === l.id ? 'filled' : 'outlined'}
                    data-coverage={l.coverage}
                    data-gap={l.gap ? 'true' : 'false'}
                    label={`${l.name}${l.action ? `【${l.action}】` : ''} · ${translate(`crm.coverage.${l.coverage}`)}`}
                    icon={<Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: COVERAGE_COLORS[l.coverage], ml: 1 }} />}
                    sx={l.gap ? { borderColor: 'error.main', color: 'error.main', fontWeight: 'bold', borderWidth: 2 } : undefined}
                  />
                ))}
              </Box>
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
              {link ? <LinkDetails link={link} /> : <Alert severity="info">{translate('crm.chain_map.click_hint')}</Alert>}
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
