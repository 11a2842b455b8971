import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Alert, Box, Button, Grid, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Loading, Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CoverageChip } from '../components/fields';
import { HandbookButton } from '../components/ReportButtons';
import { COVERAGES } from '../config/domain';
import { formatPercent } from '../lib/format';
import type { CrmDataProvider } from '../providers/dataProvider';
import { isFlow, linkGroups } from './chainMapModel';
import { LinkCard } from './LinkCard';
import { LinkDetails } from './LinkDetails';

/**
 * 产业链图谱: the chain's links in the plan's own grouping (上游 → 中游 → 下游, or sub-domains),
 * each coloured by coverage; pick a link for its firms and targets, and start a target on a gap.
 */
export default function ChainMapPage() {
  const { chainId } = useParams();
  const navigate = useNavigate();
  const translate = useTranslate();
  const dp = useDataProvider<CrmDataProvider>();
  const [selected, setSelected] = useState<number | null>(null);
  const { data: chains = [] } = useGetList('chains', { pagination: { page: 1, perPage: 200 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data: map, isPending, error } = useQuery({ queryKey: ['chains', 'map', chainId], queryFn: () => dp.chainMap(chainId!), enabled: !!chainId });
  const groups = map ? linkGroups(map) : [];
  const flow = isFlow(groups);
  const link = map?.links.find((l) => l.id === selected);

  return (
    <Box sx={{ p: 2 }} data-testid="chain-map">
      <Title title={translate('crm.chain_map.title')} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
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
          slotProps={{ select: { 'data-value': true } as object }}
        >
          {chains.map((c) => (
            <MenuItem key={c.id} value={String(c.id)} data-value>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="caption">{translate('crm.chain_map.legend')}</Typography>
        {COVERAGES.map((c) => (
          <CoverageChip key={c} coverage={c} />
        ))}
        <Button component={Link} to="/gaps" size="small">
          {translate('chainkpi.chain_map.open_gaps')}
        </Button>
        <HandbookButton chainId={chainId} />
      </Stack>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {!chainId && <Alert severity="info">{translate('chainkpi.chain_map.pick_first')}</Alert>}
      {chainId && isPending && <Loading />}
      {map && (
        <>
          <Tooltip title={translate('chainkpi.chain_map.coverage_hint')} placement="bottom-start">
            <Typography variant="subtitle1" data-testid="chain-summary" sx={{ cursor: 'help' }}>
              <span data-value>{map.chain.name}</span>
              {' · '}
              {translate('chainkpi.chain_map.summary', {
                links: map.summary.links,
                covered: map.summary.covered,
                gaps: map.summary.gaps,
                leadOnly: map.summary.byCoverage?.lead_only ?? 0,
                percent: formatPercent(map.summary.coveredPct),
              })}
            </Typography>
          </Tooltip>
          {!!map.summary.ownerFirms?.length && (
            <Typography variant="body2" color="text.secondary">
              {translate('crm.chain_map.chain_owners')}: <span data-value>{map.summary.ownerFirms.map((f) => f.name).join(' · ')}</span>
            </Typography>
          )}
          {!map.links.length && (
            <Alert severity="info" sx={{ mt: 1 }}>
              {translate('chainkpi.chain_map.no_links')}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Grid size={{ xs: 12, md: 8 }}>
              <Box
                data-testid="chain-chart"
                role="group"
                aria-label={translate('chainkpi.chain_map.map_label', { chain: map.chain.name })}
                sx={{ display: 'flex', gap: 1, alignItems: 'stretch', flexDirection: { xs: 'column', sm: 'row' } }}
              >
                <Box data-testid="chain-links" sx={{ display: 'contents' }}>
                  {groups.map((g, i) => (
                    <Fragment key={g.position}>
                      {flow && i > 0 && <ArrowForwardIcon color="disabled" sx={{ alignSelf: 'center', display: { xs: 'none', sm: 'block' } }} />}
                      <Box sx={{ flex: 1, minWidth: 0, bgcolor: 'grey.50', borderRadius: 1, p: 1 }} data-testid="link-group" data-position={g.position}>
                        <Typography variant="subtitle2">{translate(`crm.position.${g.position}`, { _: g.position })}</Typography>
                        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
                          {translate('chainkpi.chain_map.group_count', { count: g.links.length, gaps: g.uncovered })}
                        </Typography>
                        <Box sx={flow ? undefined : { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', columnGap: 1 }}>
                          {g.links.map((l) => (
                            <LinkCard key={l.id} link={l} selected={selected === l.id} onSelect={() => setSelected(l.id)} />
                          ))}
                        </Box>
                      </Box>
                    </Fragment>
                  ))}
                </Box>
              </Box>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Box sx={{ position: { md: 'sticky' }, top: { md: 72 } }}>
                {link ? (
                  <LinkDetails link={link} chainId={map.chain.id} mayCreateTarget={!!map.chain.mayCreateTarget} />
                ) : (
                  <Alert severity="info">{translate('crm.chain_map.click_hint')}</Alert>
                )}
              </Box>
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}
