import { ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../lib/format';
import type { TimelineEntry } from '../providers/dataProvider';

export const PROJECT_TIMELINE_KINDS = ['instruction', 'instruction_reply', 'project_fund', 'milestone'] as const;
export const isProjectEntry = (e: TimelineEntry): boolean => (PROJECT_TIMELINE_KINDS as readonly string[]).includes(e.kind);

/** A project's entries in the target's timeline: 批示 and replies, funds arrived, milestones reached. */
export function ProjectEntryText({ entry }: { entry: TimelineEntry }) {
  const translate = useTranslate();
  const s = (k: string) => String(entry[k] ?? '');
  switch (entry.kind) {
    case 'instruction':
      return (
        <ListItemText
          primary={translate('signing.timeline.instruction', { author: s('authorName'), assignee: s('assigneeName'), body: s('body') })}
          secondary={entry.closingNote ? s('closingNote') : null}
        />
      );
    case 'instruction_reply':
      return <ListItemText primary={translate('signing.timeline.reply', { author: s('authorName'), body: s('body') })} />;
    case 'project_fund':
      return (
        <ListItemText
          primary={translate('signing.timeline.fund', { amount: formatMoney(entry.amount as number), source: s('source'), date: s('arrivedOn') })}
          secondary={entry.note ? s('note') : null}
        />
      );
    default:
      return (
        <ListItemText primary={translate('signing.timeline.milestone', { name: translate(`signing.milestone.${s('milestoneKind')}`), date: s('actualOn') })} />
      );
  }
}
