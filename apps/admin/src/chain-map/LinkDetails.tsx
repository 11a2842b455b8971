import AddIcon from '@mui/icons-material/Add';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Button, Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CoverageChip, StageChip } from '../components/fields';
import type { MapLink } from '../providers/dataProvider';
import { newTargetPath } from './chainMapModel';

/** The picked link: its local firms, the targets recruited for it, and for a gap the way to start one. */
export function LinkDetails({ link, chainId, mayCreateTarget }: { link: MapLink; chainId: number; mayCreateTarget: boolean }) {
  const translate = useTranslate();
  const tagLabel = (t: string) => translate(`chainkpi.tag.${t}`, { _: t });
  return (
    <Card variant="outlined" data-testid="link-details">
      <CardContent>
        <Typography variant="h6">
          <span data-value>{link.name}</span>{' '}
          {link.action && <Chip size="small" label={translate(`chainkpi.action.${link.action}`, { _: link.action })} sx={{ ml: 1 }} />}{' '}
          <CoverageChip coverage={link.coverage} />
        </Typography>
        {link.liveByStage && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('chainkpi.chain_map.counts', { ...link.liveByStage, landed: link.landedCount ?? 0, local: link.localFirms.length })}
          </Typography>
        )}
        {link.gap && mayCreateTarget && (
          <Button
            component={Link}
            to={newTargetPath(chainId, link.id)}
            variant="contained"
            color="error"
            size="small"
            startIcon={<AddIcon />}
            sx={{ mt: 1 }}
            data-testid="gap-new-target"
          >
            {translate('chainkpi.chain_map.new_target')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/candidates/${link.id}`}
          variant={link.gap ? 'outlined' : 'text'}
          size="small"
          startIcon={<PlaylistAddCheckIcon />}
          sx={{ mt: 1, ml: link.gap && mayCreateTarget ? 1 : 0 }}
          data-testid="link-candidates"
        >
          {translate('candidates.open')}
        </Button>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate('crm.chain_map.local_firms')}
        </Typography>
        {link.localFirms.length ? (
          <List dense>
            {link.localFirms.map((f) => (
              <ListItemButton key={f.id} component={Link} to={`/firms/${f.id}/show`}>
                <ListItemText primary={<span data-value>{f.name}</span>} secondary={f.tags?.map(tagLabel).join(' · ') || null} />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.chain_map.no_firms')}
          </Typography>
        )}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate('crm.chain_map.live_targets')}
        </Typography>
        {link.targets.length ? (
          <List dense>
            {link.targets.map((t) => (
              <ListItemButton key={t.id} component={Link} to={`/targets/${t.id}/show`}>
                <ListItemText primary={<span data-value>{t.firmName}</span>} />
                <StageChip stage={t.stage} />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.chain_map.no_targets')}
          </Typography>
        )}
        {(link.targetsTotal ?? 0) > link.targets.length && (
          <Button
            component={Link}
            size="small"
            to={`/targets?filter=${encodeURIComponent(JSON.stringify({ chainLinkId: link.id }))}`}
            data-testid="link-all-targets"
          >
            {translate('crm.chain_map.all_targets', { count: link.targetsTotal })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
