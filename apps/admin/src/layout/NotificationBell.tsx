import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button, Divider, IconButton, List, ListItemButton, ListItemText, Popover, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { UNREAD_POLL_MS } from '../config/domain';
import { formatDateTime } from '../lib/format';
import type { CrmDataProvider } from '../providers/dataProvider';
import { MessageStateChip } from '../resources/notifications/MessageStateChip';
import { messageText, type InboxMessage } from '../resources/notifications/notificationModel';
import { useInboxChanged, useOpenMessage } from '../resources/notifications/useOpenMessage';

export const UNREAD_QUERY_KEY = ['notifications', 'unread-count'];
const LATEST = 8;

/**
 * The inbox's unread count in the app bar (asked every 30 s and after any reading); a click lists
 * the latest messages: each opens its subject and is read, 全部已读 reads them all.
 */
export function NotificationBell() {
  const dp = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const open = useOpenMessage();
  const changed = useInboxChanged();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Any route change (a menu entry, the back button, a link in the list) closes the list.
  const { pathname } = useLocation();
  useEffect(() => setAnchor(null), [pathname]);
  // Escape closes the list wherever the focus is: after 全部已读 the button is disabled and drops the
  // focus to the page, where the popover's own Escape handling no longer hears it.
  useEffect(() => {
    if (!anchor) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setAnchor(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [anchor]);
  const unread = useQuery({ queryKey: UNREAD_QUERY_KEY, queryFn: () => dp.unreadCount(), refetchInterval: UNREAD_POLL_MS });
  const count = unread.data ?? 0;
  const latest = useQuery({
    queryKey: ['notifications', 'bell', count],
    staleTime: 0,
    queryFn: async () =>
      (
        await dp.getList<InboxMessage & { id: number }>('notifications', {
          pagination: { page: 1, perPage: LATEST },
          sort: { field: 'createdAt', order: 'DESC' },
          filter: {},
        })
      ).data,
    enabled: !!anchor,
  });
  const label = translate('crm.notifications.unread', { count });

  const readAll = async () => {
    try {
      await dp.markAllRead();
      await changed();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          onClick={(e) => {
            setAnchor(e.currentTarget);
            // What is there now, not at the last poll.
            void unread.refetch();
          }}
          aria-label={label}
          aria-haspopup="true"
          data-testid="unread-badge"
          data-count={count}
        >
          <Badge badgeContent={count} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 'min(400px, calc(100vw - 16px))' }, 'data-testid': 'bell-panel' } as object }}
      >
        <Stack direction="row" sx={{ px: 2, py: 1, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>
            {label}
          </Typography>
          <Button size="small" startIcon={<DoneAllIcon />} onClick={readAll} disabled={!count && !latest.data?.some((m) => !m.readAt)}>
            {translate('home.inbox.read_all')}
          </Button>
        </Stack>
        <Divider />
        {latest.data?.length ? (
          <List dense disablePadding sx={{ maxHeight: '60vh', overflowY: 'auto' }}>
            {latest.data.map((m) => (
              <ListItemButton
                key={m.id}
                divider
                data-testid={`bell-message-${m.id}`}
                onClick={() => {
                  setAnchor(null);
                  void open(m);
                }}
              >
                <ListItemText
                  primary={
                    <Typography variant="body2" sx={{ fontWeight: m.readAt ? 'normal' : 'bold' }}>
                      {messageText(m, 'title', locale)}
                    </Typography>
                  }
                  secondary={
                    <>
                      <Box component="span" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                        {messageText(m, 'body', locale)}
                      </Box>
                      <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 0.5 }}>
                        {formatDateTime(m.createdAt)} <MessageStateChip message={m} />
                      </Box>
                    </>
                  }
                  slotProps={{ secondary: { component: 'div' } }}
                />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography color="text.secondary" sx={{ p: 2 }}>
            {translate(latest.isPending ? 'ra.page.loading' : 'home.inbox.empty')}
          </Typography>
        )}
        <Divider />
        <Box sx={{ p: 1, textAlign: 'center' }}>
          <Button size="small" component={Link} to="/notifications" onClick={() => setAnchor(null)}>
            {translate('home.inbox.see_all')}
          </Button>
        </Box>
      </Popover>
    </>
  );
}
