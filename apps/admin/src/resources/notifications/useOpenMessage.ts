import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { subjectPath, type InboxMessage } from './notificationModel';

/** Query keys that show messages: the bell's count and list, the inbox, the home's unread list. */
export const INBOX_KEYS = [['notifications']] as const;

/** Invalidates everything that shows messages or their count. */
export function useInboxChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all(INBOX_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey: [...queryKey] })));
}

/** Opening a message marks it read and goes to its subject (the target page). */
export function useOpenMessage() {
  const dp = useDataProvider<CrmDataProvider>();
  const navigate = useNavigate();
  const changed = useInboxChanged();
  return async (m: Pick<InboxMessage, 'id' | 'link' | 'targetId' | 'readAt'>) => {
    if (!m.readAt) {
      // Reading is a side effect of opening: a failure must not keep the user from the target.
      await dp.markRead(m.id).catch(() => undefined);
      void changed();
    }
    void navigate(subjectPath(m));
  };
}
