import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { HttpError, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CrmDataProvider, TargetCard } from '../../providers/dataProvider';
import { timelineKey } from './Timeline';

/** Closes the target's open follow-up (PUT /targets/:id/follow-up with at = null and the version read). */
export function ClearFollowUpButton() {
  const record = useRecordContext<TargetCard>();
  const dp = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'targets' });
  if (!record?.nextFollowUpAt || !canAccess) return null;
  const click = async () => {
    try {
      await dp.setFollowUp(record.id, null, record.version);
      await queryClient.invalidateQueries({ queryKey: timelineKey(record.id) });
    } catch (e) {
      const err = e as HttpError;
      notify(err.status === 409 ? 'crm.errors.stale' : err.message, { type: err.status === 409 ? 'warning' : 'error' });
    }
    refresh();
  };
  return (
    <Button size="small" onClick={click}>
      {translate('crm.target.clear_follow_up')}
    </Button>
  );
}
