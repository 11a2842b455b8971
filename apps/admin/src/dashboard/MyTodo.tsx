import { Box, Card, CardContent, Grid, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { StageChip } from '../components/fields';
import { formatDateTime } from '../lib/format';
import { useOpenMessage } from '../resources/notifications/useOpenMessage';
import { MyInstructions } from '../projects/MyInstructions';

const LIMIT = 10;

/** 我的待办: the caller's overdue and coming follow-ups and unread notifications, under the cockpit. */
export function MyTodo() {
  const translate = useTranslate();
  const openMessage = useOpenMessage();
  const { identity } = useGetIdentity();
  const now = new Date().toISOString();
  const { data: targets = [] } = useGetList('targets', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'nextFollowUpAt', order: 'ASC' },
    filter: identity?.role === 'promoter' ? { ownerId: identity.id } : {},
  });
  const overdue = targets.filter((t) => t.nextFollowUpAt && t.nextFollowUpAt < now).slice(0, LIMIT);
  const soon = targets.filter((t) => t.nextFollowUpAt && t.nextFollowUpAt >= now).slice(0, LIMIT);
  const { data: unread = [] } = useGetList('notifications', { pagination: { page: 1, perPage: LIMIT }, sort: { field: 'createdAt', order: 'DESC' }, filter: { unread: true } });

  const targetList = (rows: typeof targets, empty: string) =>
    rows.length ? (
      <List dense>
        {rows.map((t) => (
          <ListItemButton key={t.id} component={Link} to={`/targets/${t.id}/show`}>
            <ListItemText primary={`${t.firmName} · ${t.chainLinkName}`} secondary={formatDateTime(t.nextFollowUpAt)} />
            <StageChip stage={t.stage} />
          </ListItemButton>
        ))}
      </List>
    ) : (
      <Typography color="text.secondary">{translate(empty)}</Typography>
    );

  return (
    <Box sx={{ p: 2 }} data-testid="my-todo">
      <Typography variant="h5" sx={{ mb: 2 }}>{translate('crm.dashboard.welcome', { name: identity?.fullName ?? '' })}</Typography>
      <Grid container spacing={2}>
        <MyInstructions />
        <Grid size={{ xs: 12, md: 4 }}>
          <Card><CardContent>
            <Typography variant="h6" color="error">{translate('crm.dashboard.overdue')} ({overdue.length})</Typography>
            {targetList(overdue, 'crm.dashboard.none_overdue')}
          </CardContent></Card>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card><CardContent>
            <Typography variant="h6">{translate('crm.dashboard.due_soon')}</Typography>
            {targetList(soon, 'crm.dashboard.none_due')}
          </CardContent></Card>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card><CardContent>
            <Typography variant="h6">{translate('crm.dashboard.unread')}</Typography>
            {unread.length ? (
              <List dense>
                {unread.map((n) => (
                  <ListItemButton key={n.id} onClick={() => void openMessage(n as never)} data-testid={`todo-message-${n.id}`}>
                    <ListItemText primary={n.title} secondary={formatDateTime(n.createdAt)} />
                  </ListItemButton>
                ))}
              </List>
            ) : (
              <Typography color="text.secondary">{translate('crm.dashboard.none_unread')}</Typography>
            )}
          </CardContent></Card>
        </Grid>
      </Grid>
    </Box>
  );
}

