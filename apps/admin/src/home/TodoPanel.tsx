import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, Box, Button, Card, CardContent, Chip, Grid, List, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { StageChip } from '../components/fields';
import { formatDateTime } from '../lib/format';
import { useOpenMessage } from '../resources/notifications/useOpenMessage';
import { homeApi, TODO_KEY, type TodoFollowUp } from './homeApi';
import { QuickLogDialog } from './QuickLogDialog';
import { TodoRow } from './TodoRow';
import { messageText } from '../resources/notifications/notificationModel';
import { DataText } from '../components/DataText';

const SHOWN = 8;

function Section({ title, count, tone, testId, children }: { title: string; count: number; tone?: 'error' | 'warning'; testId: string; children: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="h6" color={tone} sx={{ fontSize: '1.05rem' }}>
          {title} <span data-testid={`${testId}-count`}>({count})</span>
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/**
 * 我的待办, the promoter's first screen: overdue follow-ups, due today, later this week, their
 * quiet targets and unread messages; every item opens its target, and 记一笔 logs a contact
 * without leaving the page.
 */
export function TodoPanel() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const openMessage = useOpenMessage();
  const [logging, setLogging] = useState<{ targetId: number; firmName: string } | null>(null);
  const { data: todo, isPending, error } = useQuery({ queryKey: TODO_KEY, queryFn: homeApi.todo });

  const logButton = (t: { targetId: number; firmName: string }) => (
    <Button size="small" startIcon={<EditNoteIcon />} onClick={() => setLogging(t)} data-testid={`quick-log-${t.targetId}`} sx={{ flexShrink: 0 }}>
      {translate('home.todo.log')}
    </Button>
  );

  const followUps = (rows: TodoFollowUp[], empty: string) =>
    rows.length ? (
      <List dense disablePadding>
        {rows.slice(0, SHOWN).map((t) => (
          <TodoRow
            key={t.targetId}
            testId={`todo-item-${t.targetId}`}
            targetId={t.targetId}
            firmName={t.firmName}
            detail={t.chainLinkName}
            when={formatDateTime(t.dueAt)}
            chip={<StageChip stage={t.stage} />}
            action={logButton(t)}
          />
        ))}
        {rows.length > SHOWN && (
          <Typography variant="caption" color="text.secondary">
            {translate('home.todo.more', { count: rows.length - SHOWN })}
          </Typography>
        )}
      </List>
    ) : (
      <Typography color="text.secondary" variant="body2" sx={{ py: 1 }}>
        {translate(empty)}
      </Typography>
    );

  return (
    <Box data-testid="my-todo">
      <Typography variant="h5" sx={{ mb: 1.5 }}>
        <DataText i18nKey="home.todo.title" values={{ name: identity?.fullName }} />
      </Typography>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending || !todo ? (
        <Skeleton variant="rounded" height={240} />
      ) : (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <Section title={translate('home.todo.overdue')} count={todo.followUps.overdue.length} tone="error" testId="todo-overdue">
              {followUps(todo.followUps.overdue, 'home.todo.none_overdue')}
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <Section title={translate('home.todo.today')} count={todo.followUps.today.length} testId="todo-today">
              {followUps(todo.followUps.today, 'home.todo.none_today')}
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <Section title={translate('home.todo.week')} count={todo.followUps.week.length} testId="todo-week">
              {followUps(todo.followUps.week, 'home.todo.none_week')}
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={translate('home.todo.stale')} count={todo.stale.length} tone="warning" testId="todo-stale">
              {todo.stale.length ? (
                <List dense disablePadding>
                  {todo.stale.slice(0, SHOWN).map((s) => (
                    <TodoRow
                      key={s.targetId}
                      targetId={s.targetId}
                      firmName={s.firmName}
                      when={translate('home.todo.idle', { days: s.daysIdle, at: formatDateTime(s.lastActivityAt) })}
                      chip={<Chip size="small" color={s.grade === 'red' ? 'error' : 'warning'} label={translate(`home.todo.grade_${s.grade}`)} />}
                      action={logButton(s)}
                    />
                  ))}
                </List>
              ) : (
                <Typography color="text.secondary" variant="body2" sx={{ py: 1 }}>
                  {translate('home.todo.none_stale')}
                </Typography>
              )}
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title={translate('home.todo.unread')} count={todo.unread.count} testId="todo-unread">
              {todo.unread.latest.length ? (
                <List dense disablePadding>
                  {todo.unread.latest.map((m) => (
                    <ListItemButton key={m.id} onClick={() => void openMessage(m)} data-testid={`todo-message-${m.id}`} sx={{ px: 1 }}>
                      <ListItemText
                        primary={messageText(m, 'title', locale)}
                        secondary={formatDateTime(m.createdAt)}
                        slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                      />
                    </ListItemButton>
                  ))}
                </List>
              ) : (
                <Typography color="text.secondary" variant="body2" sx={{ py: 1 }}>
                  {translate('home.todo.none_unread')}
                </Typography>
              )}
            </Section>
          </Grid>
        </Grid>
      )}
      <QuickLogDialog target={logging} onClose={() => setLogging(null)} />
    </Box>
  );
}
