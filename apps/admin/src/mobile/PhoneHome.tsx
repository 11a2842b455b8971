import { Box, Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { StageChip } from '../components/fields';
import { formatDateTime } from '../lib/format';
import type { TargetCard } from '../providers/dataProvider';
import { groupTodo } from './logModel';
import { startOutbox } from './outbox';
import { PendingLogs } from './PendingLogs';

function Group({ title, rows, testId, tone }: { title: string; rows: TargetCard[]; testId: string; tone?: 'error' }) {
  if (!rows.length) return null;
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent sx={{ p: 0, '&:last-child': { pb: 0 } }}>
        <Typography variant="subtitle1" component="h2" color={tone} sx={{ px: 2, pt: 1.5, fontWeight: 600 }}>
          {title} · {rows.length}
        </Typography>
        <List disablePadding>
          {rows.map((t) => (
            <ListItemButton key={t.id} component={Link} to={`/targets/${t.id}/show`} divider sx={{ minHeight: 56, gap: 1 }} data-testid="todo-item">
              <ListItemText
                primary={t.firmName}
                secondary={`${formatDateTime(t.nextFollowUpAt)} · ${t.chainLinkName}`}
                slotProps={{ primary: { sx: { fontWeight: 600, overflowWrap: 'anywhere' } }, secondary: { sx: { overflowWrap: 'anywhere' } } }}
              />
              <StageChip stage={t.stage} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

/** 今日待办 on a phone: what is overdue, due today and this week, each one tap from its 记一笔. */
export function PhoneHome() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  useEffect(startOutbox, []);
  const { data: targets = [], isPending } = useGetList<TargetCard>(
    'targets',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'nextFollowUpAt', order: 'ASC' },
      filter: identity?.role === 'promoter' ? { ownerId: identity.id } : {},
    },
    { enabled: !!identity },
  );
  const { total: unread = 0 } = useGetList('notifications', { pagination: { page: 1, perPage: 1 }, filter: { unread: true } });
  const g = groupTodo(targets, new Date());
  return (
    <Box sx={{ p: 1.5, display: 'grid', gap: 1.5 }} data-testid="phone-home">
      <Title title={translate('phone.home.title')} />
      <PendingLogs />
      {unread > 0 && (
        <Chip
          component={Link}
          to="/notifications"
          clickable
          color="primary"
          variant="outlined"
          label={translate('phone.home.unread', { count: unread })}
          sx={{ minHeight: 44, justifySelf: 'start' }}
        />
      )}
      <Group title={translate('phone.home.overdue')} rows={g.overdue} testId="todo-overdue" tone="error" />
      <Group title={translate('phone.home.today')} rows={g.today} testId="todo-today" />
      <Group title={translate('phone.home.upcoming')} rows={g.upcoming} testId="todo-upcoming" />
      {!isPending && !g.overdue.length && !g.today.length && !g.upcoming.length && (
        <Typography color="text.secondary">{translate('phone.home.none')}</Typography>
      )}
    </Box>
  );
}
