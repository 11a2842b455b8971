import RestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import { DeleteWithConfirmButton, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { DEFAULTS_ID, type ReminderRuleRecord } from './ruleModel';

/**
 * 恢复默认: a plan with values of its own drops them and follows the defaults again
 * (DELETE /api/reminder-rules/plans/:planId, guarded by the version read). Stays on the form,
 * which then shows the defaults and the "follows the defaults" notice.
 */
export function ResetButton() {
  const record = useRecordContext<ReminderRuleRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || record.id === DEFAULTS_ID || !record.overridden) return null;
  return (
    <DeleteWithConfirmButton
      label="crm.reminder_rules.reset"
      icon={<RestoreIcon />}
      confirmTitle="crm.reminder_rules.reset_title"
      confirmContent="crm.reminder_rules.reset_confirm"
      contentTranslateOptions={{ scope: record.planTitle }}
      confirmColor="warning"
      redirect={false}
      mutationOptions={{
        onSuccess: () => {
          notify('crm.reminder_rules.reset_done', { type: 'success' });
          refresh();
        },
      }}
    />
  );
}
