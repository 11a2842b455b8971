import { Box, Button, Checkbox, Chip, Collapse, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { CandidateView } from '@crm/contracts';
import { formatNumber } from '../lib/format';
import { barSegments, COMPONENT_COLOURS, factText, registrySourceText } from './candidatesModel';

/** One ranked firm: tick box, name, tags, the score with its bar, and the breakdown on demand. */
export function CandidateRow({
  candidate: c,
  selectable,
  selected,
  onToggle,
}: {
  candidate: CandidateView;
  selectable: boolean;
  selected: boolean;
  onToggle: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const registry = registrySourceText(c, translate);
  const held = c.claim === 'other';
  const label = (k: string) => translate(`candidates.component.${k}`);
  return (
    <Box sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }} data-testid="candidate-row" data-firm-id={c.firmId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        {selectable && (
          <Checkbox
            size="small"
            checked={selected}
            disabled={held}
            onChange={onToggle}
            slotProps={{ input: { 'aria-label': translate('candidates.select', { firm: c.firmName }) } }}
            data-testid="candidate-select"
            sx={{ mt: -0.5 }}
          />
        )}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography variant="caption" color="text.secondary">
              {translate('candidates.rank', { rank: c.rank })}
            </Typography>
            <Typography variant="body1" component={Link} to={`/firms/${c.firmId}/show`} sx={{ fontWeight: 500, color: 'inherit', overflowWrap: 'anywhere' }}>
              <span data-value>{c.firmName}</span>
            </Typography>
            {c.tags.map((t) => (
              <Chip key={t} size="small" label={translate(`chainkpi.tag.${t}`, { _: t })} />
            ))}
            {held && <Chip size="small" color="warning" label={translate('candidates.claim_other', { date: c.firstClaimedOn })} data-testid="candidate-held" />}
            {c.claim === 'mine' && <Chip size="small" color="success" variant="outlined" label={translate('candidates.claim_mine')} />}
          </Stack>
          {(c.industry || c.hqCity) && (
            <Typography variant="caption" color="text.secondary" component="div" data-value sx={{ overflowWrap: 'anywhere' }}>
              {[c.industry, c.hqCity].filter(Boolean).join(' · ')}
            </Typography>
          )}
          {registry && (
            <Typography variant="caption" color="text.secondary" component="div" data-testid="candidate-registry">
              {registry}
            </Typography>
          )}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
            <Typography variant="subtitle2" sx={{ minWidth: 44 }} data-testid="candidate-score">
              {formatNumber(c.score, 1)}
            </Typography>
            <Box sx={{ flex: 1, display: 'flex', height: 10, bgcolor: 'grey.200', borderRadius: 1, overflow: 'hidden', maxWidth: 420 }} aria-hidden>
              {barSegments(c.components).map((s) => (
                <Tooltip key={s.component} title={`${label(s.component)} ${formatNumber(s.points, 1)}`}>
                  <Box sx={{ width: `${s.percent}%`, bgcolor: COMPONENT_COLOURS[s.component] }} />
                </Tooltip>
              ))}
            </Box>
            <Button size="small" onClick={() => setOpen((o) => !o)} data-testid="candidate-details" aria-expanded={open}>
              {translate(open ? 'candidates.hide_details' : 'candidates.details')}
            </Button>
          </Stack>
          <Collapse in={open} unmountOnExit>
            <Box
              component="dl"
              sx={{ m: 0, mt: 1, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '150px 90px 1fr' }, columnGap: 1.5, rowGap: 0.5 }}
              data-testid="candidate-breakdown"
            >
              {c.components.map((p) => (
                <Box key={p.component} sx={{ display: 'contents' }} data-component={p.component}>
                  <Typography component="dt" variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
                    <Box component="span" sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: COMPONENT_COLOURS[p.component], flex: 'none' }} />
                    {label(p.component)}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
                    {translate('candidates.points', { points: formatNumber(p.points, 1), max: p.max })}
                  </Typography>
                  <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' }}>
                    {p.noData ? (
                      translate('candidates.no_data')
                    ) : (
                      <span data-value>{p.fact ? factText(p.fact, translate, locale === 'en' ? 'en' : 'zh-CN') : p.source}</span>
                    )}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Collapse>
        </Box>
      </Stack>
    </Box>
  );
}
