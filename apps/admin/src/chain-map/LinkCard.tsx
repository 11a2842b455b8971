import { Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { COVERAGE_COLORS } from '../config/domain';
import type { MapLink } from '../providers/dataProvider';

/** One link on the map: its name, the plan's action and its coverage; uncovered links stand out in red. */
export function LinkCard({ link, selected, onSelect }: { link: MapLink; selected: boolean; onSelect: () => void }) {
  const translate = useTranslate();
  const color = COVERAGE_COLORS[link.coverage];
  return (
    <Box
      component="button"
      type="button"
      onClick={onSelect}
      aria-pressed={selected}
      data-testid="map-link"
      data-link-id={link.id}
      data-coverage={link.coverage}
      data-gap={link.gap ? 'true' : 'false'}
      sx={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        cursor: 'pointer',
        font: 'inherit',
        p: 1,
        mb: 1,
        bgcolor: selected ? 'action.selected' : link.gap ? '#fff5f5' : 'background.paper',
        border: 1,
        borderColor: link.gap ? COVERAGE_COLORS.gap : 'divider',
        borderLeft: 6,
        borderLeftColor: color,
        borderRadius: 1,
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
        <Typography variant="body2" component="span" sx={{ fontWeight: link.gap ? 'bold' : 'normal' }} data-value>
          {link.name}
        </Typography>
        {link.action && <Chip size="small" variant="outlined" label={translate(`chainkpi.action.${link.action}`, { _: link.action })} sx={{ height: 20 }} />}
      </Box>
      <Typography variant="caption" component="div" sx={{ color }}>
        {translate(`crm.coverage.${link.coverage}`)}
        {link.liveByStage &&
          ` · ${translate('crm.stage.lead')} ${link.liveByStage.lead} · ${translate('crm.stage.contact')} ${link.liveByStage.contact + link.liveByStage.signed}`}
      </Typography>
    </Box>
  );
}
