import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { UNREAD_POLL_MS } from '../config/domain';
import type { CrmDataProvider } from '../providers/dataProvider';

export const UNREAD_QUERY_KEY = ['notifications', 'unread-count'];

/** The inbox's unread count in the app bar, asked every 30 s (and after marking read). */
export function NotificationBell() {
  const dp = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const { data: count = 0 } = useQuery({ queryKey: UNREAD_QUERY_KEY, queryFn: () => dp.unreadCount(), refetchInterval: UNREAD_POLL_MS });
  return (
    <Tooltip title={translate('crm.notifications.unread', { count })}>
      <IconButton color="inherit" component={Link} to="/notifications" aria-label={translate('crm.notifications.unread', { count })} data-testid="unread-badge">
        <Badge badgeContent={count} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
