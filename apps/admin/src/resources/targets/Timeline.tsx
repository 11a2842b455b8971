import { Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { Stage } from '../../config/domain';
import { formatDateTime } from '../../lib/format';
import type { CrmDataProvider, TimelineEntry } from '../../providers/dataProvider';

export const timelineKey = (targetId: Identifier) => ['targets', 'timeline', String(targetId)];

const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

function EntryText({ entry }: { entry: TimelineEntry }) {
  const translate = useTranslate();
  const stage = (s: unknown) => translate(`crm.stage.${s as Stage}`);
  if (entry.kind === 'stage_change') {
    const primary = entry.fromStage ? translate('crm.target.stage_change', { from: stage(entry.fromStage), to: stage(entry.toStage) }) : translate('crm.target.created', { to: stage(entry.toStage) });
    const landing = entry.carrierName ? `${entry.carrierName} ${entry.area ?? ''} m² ${entry.landedOn ?? ''}` : null;
    const secondary = [text(entry.reason), landing, entry.byName ? translate('crm.target.by', { name: entry.byName }) : null].filter(Boolean).join(' · ');
    return <ListItemText primary={primary} secondary={secondary || null} />;
  }
  if (entry.kind === 'contact_log') {
    const kind = entry.contactKind ? translate(`crm.contact_kind.${entry.contactKind as string}`) : '';
    const follow = entry.nextFollowUpAt ? `${translate('crm.target.next_follow_up')}：${formatDateTime(entry.nextFollowUpAt as string)}` : null;
    const secondary = [text(entry.outcome), text(entry.participants), follow, entry.authorName ? translate('crm.target.by', { name: entry.authorName }) : null].filter(Boolean).join(' · ');
    return <ListItemText primary={`${kind}：${entry.summary ?? ''}`} secondary={secondary || null} />;
  }
  // Reminders and any later source: show what the source calls it.
  const primary = text(entry.title) ?? text(entry.reminderKind) ?? translate('crm.target.reminder');
  return <ListItemText primary={primary} secondary={text(entry.body)} />;
}

/** Stage changes, contact logs and reminders of one target, newest first, in one list. */
export function Timeline({ targetId }: { targetId: Identifier }) {
  const dp = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const { data, isPending, error } = useQuery({ queryKey: timelineKey(targetId), queryFn: () => dp.timeline(targetId) });
  if (isPending) return <Loading />;
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (!data?.length) return <Typography color="text.secondary">{translate('crm.target.timeline_empty')}</Typography>;
  return (
    <List dense data-testid="timeline">
      {data.map((entry) => (
        <ListItem key={`${entry.kind}-${entry.id as string}`} alignItems="flex-start" data-kind={entry.kind} divider>
          <Box sx={{ minWidth: 150, pt: 0.75 }}>
            <Typography variant="caption" color="text.secondary" component="div">{formatDateTime(entry.at)}</Typography>
            <Chip size="small" variant="outlined" label={translate(`crm.timeline_kind.${entry.kind}`, { _: entry.kind })} />
          </Box>
          <EntryText entry={entry} />
        </ListItem>
      ))}
    </List>
  );
}
