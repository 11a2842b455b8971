import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { messageState, type InboxMessage } from './notificationModel';

const COLOR = { unread: 'error', read: 'default', resolved: 'success' } as const;

/** 未读 / 已读 / 已解除 */
export function MessageStateChip({ message }: { message: Pick<InboxMessage, 'readAt' | 'resolvedAt'> }) {
  const translate = useTranslate();
  const state = messageState(message);
  return (
    <Chip
      size="small"
      variant={state === 'unread' ? 'filled' : 'outlined'}
      color={COLOR[state]}
      label={translate(`home.inbox.state.${state}`)}
      data-state={state}
    />
  );
}
