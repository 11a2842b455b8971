import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import { useSyncExternalStore } from 'react';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../lib/format';
import { discard, flush, outbox, saveAnyway, type OutboxEntry } from './outbox';
import { usePunctuation } from '../lib/usePunctuation';

export const useOutbox = (): OutboxEntry[] => useSyncExternalStore(outbox.subscribe, outbox.entries);

/**
 * Logs kept on this phone that the API does not have yet: 待同步 until sent; a conflict (the
 * target changed meanwhile) or a refusal stays here with what to do, never silently dropped.
 */
export function PendingLogs({ targetId }: { targetId?: number }) {
  const translate = useTranslate();
  const p = usePunctuation();
  const entries = useOutbox().filter((e) => targetId === undefined || e.body.targetId === targetId);
  if (!entries.length) return null;
  return (
    <Card variant="outlined" data-testid="pending-logs" sx={{ borderColor: 'warning.main' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="subtitle1" component="h2">
          {translate('phone.outbox.count', { count: entries.length })}
        </Typography>
        {entries.map((e) => (
          <Box key={e.key} data-testid="pending-log" data-state={e.state} sx={{ borderTop: 1, borderColor: 'divider', pt: 1, mt: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Chip
                size="small"
                color={e.state === 'pending' ? 'warning' : 'error'}
                label={translate(e.state === 'pending' ? 'phone.outbox.pending' : e.state === 'conflict' ? 'phone.outbox.conflict' : 'phone.outbox.failed')}
              />
              <Typography variant="body2" color="text.secondary">
                {formatDateTime(e.body.at)}
              </Typography>
            </Box>
            {targetId === undefined && (
              <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.5 }}>
                {e.firmName}
              </Typography>
            )}
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere', mt: 0.5 }}>
              {translate(`crm.contact_kind.${e.body.kind}`)}
              {p.colon}
              {e.body.summary}
            </Typography>
            {e.state === 'conflict' && (
              <Alert severity="warning" sx={{ mt: 1 }}>
                {translate('phone.outbox.conflict_help')}
              </Alert>
            )}
            {e.state === 'failed' && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {e.message}
              </Alert>
            )}
            <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
              {e.state === 'conflict' && (
                <Button variant="contained" sx={{ minHeight: 44 }} onClick={() => void saveAnyway(e.key)}>
                  {translate('phone.outbox.save_anyway')}
                </Button>
              )}
              {e.state === 'pending' && (
                <Button variant="outlined" sx={{ minHeight: 44 }} onClick={() => void flush()}>
                  {translate('phone.outbox.retry')}
                </Button>
              )}
              {e.state !== 'pending' && (
                <Button color="error" sx={{ minHeight: 44 }} onClick={() => window.confirm(translate('phone.outbox.discard_confirm')) && void discard(e.key)}>
                  {translate('phone.outbox.discard')}
                </Button>
              )}
            </Box>
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}
