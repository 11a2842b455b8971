import { Chip, Stack, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import {
  ATTEMPT_OUTCOME_COLORS,
  DELIVERY_STATE_COLORS,
  REMINDER_STATE_COLORS,
  type Channel,
  type DeliveryState,
  type ReminderState,
} from '../../config/domain';
import { attemptOutcome, channelDeliveries, type ReminderRecord } from './reminderModel';

export function ReminderStateField(_: { label?: string }) {
  const record = useRecordContext<ReminderRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const state = record.state as ReminderState;
  return <Chip size="small" label={translate(`crm.reminder_state.${state}`)} color={REMINDER_STATE_COLORS[state]} data-reminder-state={state} />;
}

export function DeliveryStateChip({ channel, state, error }: { channel?: Channel; state: DeliveryState; error?: string | null }) {
  const translate = useTranslate();
  const label = channel ? `${translate(`crm.channel.${channel}`)} · ${translate(`crm.delivery_state.${state}`)}` : translate(`crm.delivery_state.${state}`);
  const chip = (
    <Chip size="small" variant={state === 'pending' ? 'outlined' : 'filled'} label={label} color={DELIVERY_STATE_COLORS[state]} data-state={state} />
  );
  return error ? <Tooltip title={error}>{chip}</Tooltip> : chip;
}

/** Each channel's state in one line: 站内 · 已发送, 邮件 · 失败 … (channels a recipient lacks are left out). */
export function ChannelStatesField(_: { label?: string }) {
  const record = useRecordContext<ReminderRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid={`reminder-channels-${record.id}`}>
      {channelDeliveries(record.deliveries).map(({ channel, delivery }) =>
        delivery ? (
          <span key={channel} data-testid={`channel-${channel}`}>
            <DeliveryStateChip channel={channel} state={delivery.state} error={delivery.lastError} />
          </span>
        ) : null,
      )}
    </Stack>
  );
}

export function AttemptOutcomeChip({ ok }: { ok: boolean | null }) {
  const translate = useTranslate();
  const outcome = attemptOutcome(ok);
  return <Chip size="small" label={translate(`crm.reminders.outcome.${outcome}`)} color={ATTEMPT_OUTCOME_COLORS[outcome]} data-outcome={outcome} />;
}
