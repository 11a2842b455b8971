import { Alert, Box, Card, CardContent, Chip, Grid, List, ListItemButton, ListItemText, Link as MuiLink, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AuditLogEntry, ImportHistoryEntry, ReminderRecord } from '@crm/contracts';
import { formatDateTime } from '../lib/format';
import { apiJson } from '../providers/http';
import { query } from '../providers/url';
import { usePunctuation } from '../lib/usePunctuation';
import { messageText } from '../resources/notifications/notificationModel';

const list = <T,>(path: string, params: Record<string, unknown>) =>
  apiJson<T[] | { data: T[] }>(`${path}${query(params)}`).then((r) => (Array.isArray(r) ? r : r.data));

type FailedReminder = Pick<ReminderRecord, 'id' | 'title' | 'recipientName' | 'dueAt' | 'deliveries'>;
type ImportRow = Pick<ImportHistoryEntry, 'id' | 'fileName' | 'status' | 'totalRows' | 'errorRows' | 'createdAt'>;
type AuditRow = Pick<AuditLogEntry, 'id' | 'at' | 'username' | 'action' | 'entity' | 'entityId'>;

function Panel<T>({
  title,
  testId,
  more,
  q,
  render,
  empty,
}: {
  title: string;
  testId: string;
  more?: string;
  q: { data?: T[]; isPending: boolean; error: unknown };
  render: (row: T) => ReactNode;
  empty: string;
}) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography variant="h6" sx={{ fontSize: '1.05rem' }}>
            {title}
          </Typography>
          {more && (
            <MuiLink component={Link} to={more}>
              {translate('home.admin.all')}
            </MuiLink>
          )}
        </Stack>
        {q.error ? (
          <Alert severity="error">{(q.error as Error).message}</Alert>
        ) : q.isPending ? (
          <Skeleton variant="rounded" height={120} />
        ) : q.data?.length ? (
          <List dense disablePadding>
            {q.data.map(render)}
          </List>
        ) : (
          <Typography color="text.secondary" variant="body2">
            {translate(empty)}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** The admin's home: reminders that failed for good, the latest imports, and the latest changes (audit). */
export function AdminHome() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const p = usePunctuation();
  const failed = useQuery({
    queryKey: ['home', 'failed-reminders'],
    queryFn: () => list<FailedReminder>('/reminders', { filter: JSON.stringify({ state: 'failed' }), range: '[0,7]', sort: '["dueAt","DESC"]' }),
  });
  const imports = useQuery({ queryKey: ['home', 'imports'], queryFn: () => list<ImportRow>('/imports', { range: '[0,5]' }) });
  const changes = useQuery({ queryKey: ['home', 'audit'], queryFn: () => list<AuditRow>('/audit-logs', { range: '[0,9]', sort: '["id","DESC"]' }) });
  return (
    <Box data-testid="admin-home">
      <Typography variant="h5" sx={{ mb: 1.5 }}>
        {translate('home.admin.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6, lg: 4 }}>
          <Panel
            title={translate('home.admin.failed_reminders')}
            testId="admin-failed-reminders"
            more={`/reminders?filter=${encodeURIComponent(JSON.stringify({ state: 'failed' }))}`}
            q={failed}
            empty="home.admin.none_failed"
            render={(r) => (
              <ListItemButton key={r.id} component={Link} to={`/reminders/${r.id}/show`} sx={{ px: 1 }}>
                <ListItemText
                  primary={messageText(r, 'title', locale)}
                  secondary={`${r.recipientName} · ${formatDateTime(r.dueAt)} · ${r.deliveries
                    .filter((d) => d.state === 'failed')
                    .map((d) => translate(`crm.channel.${d.channel}`))
                    .join(p.listSep)}`}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItemButton>
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 4 }}>
          <Panel
            title={translate('home.admin.imports')}
            testId="admin-imports"
            more="/import"
            q={imports}
            empty="home.admin.none_imports"
            render={(r) => (
              <ListItemButton key={r.id} component={Link} to="/import" sx={{ px: 1, gap: 1 }}>
                <ListItemText
                  primary={r.fileName}
                  secondary={`${formatDateTime(r.createdAt)} · ${translate('home.admin.rows', { total: r.totalRows, errors: r.errorRows })}`}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
                <Chip size="small" variant="outlined" label={translate(`home.admin.import_status.${r.status}`, { _: r.status })} />
              </ListItemButton>
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Panel
            title={translate('home.admin.changes')}
            testId="admin-changes"
            q={changes}
            empty="home.admin.none_changes"
            render={(r) => (
              // A change opens the history of its record (what changed, field by field).
              <ListItemButton
                key={r.id}
                component={Link}
                to={`/audit-logs?filter=${encodeURIComponent(JSON.stringify(r.entityId ? { entity: r.entity, entityId: r.entityId } : { entity: r.entity }))}`}
                sx={{ px: 1 }}
                data-testid={`admin-change-${r.id}`}
              >
                <ListItemText
                  primary={`${r.username ?? '—'} · ${translate(`home.admin.action.${r.action}`, { _: r.action })} · ${translate(`home.admin.entity.${r.entity}`, { _: r.entity })}${r.entityId ? ` #${r.entityId}` : ''}`}
                  secondary={formatDateTime(r.at)}
                />
              </ListItemButton>
            )}
          />
        </Grid>
      </Grid>
    </Box>
  );
}
