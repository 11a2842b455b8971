import { Button, Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CoverageChip, StageChip } from '../components/fields';
import type { MapLink } from '../providers/dataProvider';

/** The clicked link: its local firms and the targets recruited for it. */
export function LinkDetails({ link }: { link: MapLink }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="link-details">
      <CardContent>
        <Typography variant="h6">
          {link.name} {link.action && <Chip size="small" label={link.action} sx={{ ml: 1 }} />} <CoverageChip coverage={link.coverage} />
        </Typography>
        {link.liveByStage && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {(['lead', 'contact', 'signed'] as const).map((s) => `${translate(`crm.stage.${s}`)} ${link.liveByStage![s]}`).join(' · ')}
            {` · ${translate('crm.stage.landed')} ${link.landedCount ?? 0}`}
          </Typography>
        )}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('crm.chain_map.local_firms')}</Typography>
        {link.localFirms.length ? (
          <List dense>
            {link.localFirms.map((f) => (
              <ListItemButton key={f.id} component={Link} to={`/firms/${f.id}/show`}>
                <ListItemText primary={f.name} secondary={f.tags?.join('、') || null} />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">{translate('crm.chain_map.no_firms')}</Typography>
        )}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('crm.chain_map.live_targets')}</Typography>
        {link.targets.length ? (
          <List dense>
            {link.targets.map((t) => (
              <ListItemButton key={t.id} component={Link} to={`/targets/${t.id}/show`}>
                <ListItemText primary={t.firmName} />
                <StageChip stage={t.stage} />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography variant="body2" color="text.secondary">{translate('crm.chain_map.no_targets')}</Typography>
        )}
        {(link.targetsTotal ?? 0) > link.targets.length && (
          <Button component={Link} size="small" to={`/targets?filter=${encodeURIComponent(JSON.stringify({ chainLinkId: link.id }))}`} data-testid="link-all-targets">
            {translate('crm.chain_map.all_targets', { count: link.targetsTotal })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
