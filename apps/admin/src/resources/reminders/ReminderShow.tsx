import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { MessageTextField, ShanghaiDateTimeField } from '../../components/fields';
import { reminderKindChoices } from '../../config/domain';
import { formatDateTime } from '../../lib/format';
import { AttemptOutcomeChip, DeliveryStateChip, ReminderStateField } from './ReminderChips';
import { attemptDetail, channelDeliveries, type ReminderRecord } from './reminderModel';
import { RetryButton } from './RetryButton';

/** Each channel's delivery: state, how many tries, the last error, when it went out or will be tried next. */
function Deliveries() {
  const record = useRecordContext<ReminderRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const head = ['channel', 'state', 'attempts', 'lastError', 'sentAt', 'nextAttemptAt'];
  return (
    <Table size="small" data-testid="reminder-deliveries">
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h}>{translate(`crm.reminders.delivery.${h}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {channelDeliveries(record.deliveries).map(({ channel, delivery: d }) => (
          <TableRow key={channel} data-channel={channel} data-state={d?.state ?? 'none'}>
            <TableCell>{translate(`crm.channel.${channel}`)}</TableCell>
            {d ? (
              <>
                <TableCell>
                  <DeliveryStateChip state={d.state} />
                </TableCell>
                <TableCell>{d.attempts}</TableCell>
                <TableCell sx={{ color: d.lastError ? 'error.main' : undefined, wordBreak: 'break-word' }}>{d.lastError ?? '—'}</TableCell>
                <TableCell>{formatDateTime(d.sentAt)}</TableCell>
                <TableCell>{d.state === 'pending' ? formatDateTime(d.nextAttemptAt) : '—'}</TableCell>
              </>
            ) : (
              <TableCell colSpan={5} sx={{ color: 'text.secondary' }}>
                {translate('crm.reminders.no_channel')}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Every try, oldest first: accepted, failed (with the error) or handed over without an answer heard. */
function Attempts() {
  const record = useRecordContext<ReminderRecord>();
  const translate = useTranslate();
  const attempts = record?.attempts ?? [];
  if (!attempts.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('crm.reminders.no_attempts')}
      </Typography>
    );
  const head = ['at', 'channel', 'attempt', 'outcome', 'detail', 'durationMs'];
  return (
    <Table size="small" data-testid="reminder-attempts">
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h}>{translate(`crm.reminders.attempt.${h}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {attempts.map((a) => (
          <TableRow key={`${a.channel}-${a.attempt}`} data-channel={a.channel} data-attempt={a.attempt}>
            <TableCell>{formatDateTime(a.at, { seconds: true })}</TableCell>
            <TableCell>{translate(`crm.channel.${a.channel}`)}</TableCell>
            <TableCell>{a.attempt}</TableCell>
            <TableCell>
              <AttemptOutcomeChip ok={a.ok} />
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word', color: a.ok === false ? 'error.main' : undefined }}>{attemptDetail(a) ?? '—'}</TableCell>
            <TableCell>{a.durationMs}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ReminderShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <RetryButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <MessageTextField source="title" />
        <MessageTextField source="body" />
        <SelectField source="kind" choices={reminderKindChoices} />
        <Labeled label="resources.reminders.fields.state">
          <ReminderStateField />
        </Labeled>
        <TextField source="recipientName" />
        <ReferenceField source="targetId" reference="targets" link="show" emptyText="—" />
        <ShanghaiDateTimeField source="dueAt" />
        <ShanghaiDateTimeField source="createdAt" />
        <ShanghaiDateTimeField source="settledAt" />
        <Labeled label="resources.reminders.fields.deliveries" fullWidth>
          <Deliveries />
        </Labeled>
        <Labeled label="resources.reminders.fields.attempts" fullWidth>
          <Attempts />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
