import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { hasFailedDelivery, type ReminderRecord } from './reminderModel';

/** 重试失败渠道: one more attempt on each channel that failed for good (POST /api/reminders/:id/retry). */
export function RetryButton() {
  const record = useRecordContext<ReminderRecord>();
  const dp = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!hasFailedDelivery(record)) return null;
  const click = async (e: React.MouseEvent) => {
    e.stopPropagation();
    setBusy(true);
    try {
      const { retried } = await dp.retryReminder(record!.id);
      notify('crm.reminders.retried', { type: 'success', messageArgs: { count: retried } });
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return <Button label="crm.reminders.retry" onClick={click} disabled={busy} startIcon={<ReplayIcon />} color="warning" />;
}
