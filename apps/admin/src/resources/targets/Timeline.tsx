import { Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useLocaleState, useTranslate, type Identifier } from 'react-admin';
import type { Stage } from '../../config/domain';
import { formatDateTime } from '../../lib/format';
import type { CrmDataProvider, TimelineEntry } from '../../providers/dataProvider';
import { isProjectEntry, ProjectEntryText } from '../../projects/ProjectTimelineEntry';
import { usePunctuation } from '../../lib/usePunctuation';
import { messageText, type BilingualText } from '../notifications/notificationModel';

export const timelineKey = (targetId: Identifier) => ['targets', 'timeline', String(targetId)];

const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

function EntryText({ entry }: { entry: TimelineEntry }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const p = usePunctuation();
  const stage = (s: unknown) => translate(`crm.stage.${s as Stage}`);
  if (entry.kind === 'stage_change') {
    const primary = entry.fromStage
      ? translate('crm.target.stage_change', { from: stage(entry.fromStage), to: stage(entry.toStage) })
      : translate('crm.target.created', { to: stage(entry.toStage) });
    const landing = entry.carrierName ? `${entry.carrierName} ${entry.area ?? ''} m² ${entry.landedOn ?? ''}` : null;
    const secondary = [text(entry.reason), landing, entry.byName ? translate('crm.target.by', { name: entry.byName }) : null].filter(Boolean).join(' · ');
    return <ListItemText primary={primary} secondary={secondary || null} />;
  }
  if (entry.kind === 'contact_log') {
    const kind = entry.contactKind ? translate(`crm.contact_kind.${entry.contactKind as string}`) : '';
    const follow = entry.nextFollowUpAt ? `${translate('crm.target.next_follow_up')}${p.colon}${formatDateTime(entry.nextFollowUpAt as string)}` : null;
    const secondary = [text(entry.outcome), text(entry.participants), follow, entry.authorName ? translate('crm.target.by', { name: entry.authorName }) : null]
      .filter(Boolean)
      .join(' · ');
    return <ListItemText primary={`${kind}${p.colon}${entry.summary ?? ''}`} secondary={secondary || null} />;
  }
  if (isProjectEntry(entry)) return <ProjectEntryText entry={entry} />;
  // Reminders (once delivered, one entry per notice) and any later source: show what the source calls it.
  const primary = messageText(entry as BilingualText, 'title', locale) || (text(entry.reminderKind) ?? translate('crm.target.reminder'));
  const recipients =
    Array.isArray(entry.recipients) && entry.recipients.length ? translate('home.timeline.sent_to', { names: entry.recipients.join(p.listSep) }) : null;
  return (
    <ListItemText primary={primary} secondary={[text(messageText(entry as BilingualText, 'body', locale)), recipients].filter(Boolean).join(' · ') || null} />
  );
}

/**
 * The open follow-up, apart from the history: it is what comes next, not something that happened.
 * Red once it is overdue.
 */
export function NextFollowUp({ at }: { at: string | null | undefined }) {
  const translate = useTranslate();
  if (!at)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="next-follow-up">
        {translate('home.timeline.no_follow_up')}
      </Typography>
    );
  const overdue = new Date(at).getTime() < Date.now();
  return (
    <Chip
      data-testid="next-follow-up"
      color={overdue ? 'error' : 'primary'}
      variant={overdue ? 'filled' : 'outlined'}
      label={translate(overdue ? 'home.timeline.next_follow_up_overdue' : 'home.timeline.next_follow_up', { at: formatDateTime(at) })}
    />
  );
}

/** What happened to one target, newest first: stage changes, contact logs and delivered reminders. */
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
            <Typography variant="caption" color="text.secondary" component="div">
              {formatDateTime(entry.at)}
            </Typography>
            <Chip
              size="small"
              variant="outlined"
              label={translate(`crm.timeline_kind.${entry.kind}`, { _: translate(`signing.timeline_kind.${entry.kind}`, { _: entry.kind }) })}
            />
          </Box>
          <EntryText entry={entry} />
        </ListItem>
      ))}
    </List>
  );
}
