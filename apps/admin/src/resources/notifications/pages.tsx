import DoneAllIcon from '@mui/icons-material/DoneAll';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { FormControlLabel, Switch } from '@mui/material';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  Show,
  SimpleShowLayout,
  TopToolbar,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { MessageTextField, ShanghaiDateTimeField } from '../../components/fields';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { MessageStateChip } from './MessageStateChip';
import type { InboxMessage } from './notificationModel';
import { useInboxChanged, useOpenMessage } from './useOpenMessage';

type MessageRecord = InboxMessage & RaRecord;

function MarkReadButton() {
  const record = useRecordContext<MessageRecord>();
  const dp = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const changed = useInboxChanged();
  if (!record || record.readAt) return null;
  const click = async (e: React.MouseEvent) => {
    e.stopPropagation();
    try {
      await dp.markRead(record.id);
      await changed();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return <Button label="crm.notifications.mark_read" onClick={click} />;
}

function MarkAllReadButton() {
  const dp = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const changed = useInboxChanged();
  const click = async () => {
    try {
      await dp.markAllRead();
      await changed();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return <Button label="home.inbox.read_all" onClick={click} startIcon={<DoneAllIcon />} />;
}

/** 打开: the message's subject (the target page); reading it on the way. */
function OpenButton() {
  const record = useRecordContext<MessageRecord>();
  const open = useOpenMessage();
  if (!record) return null;
  return (
    <Button
      label="home.inbox.open"
      startIcon={<OpenInNewIcon />}
      onClick={(e: React.MouseEvent) => {
        e.stopPropagation();
        void open(record);
      }}
    />
  );
}

/** 只看未读 as a switch: on keeps the unread ones, off shows everything (there is no "only read"). */
function UnreadSwitch() {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const on = filterValues.unread === true;
  const toggle = (checked: boolean) => {
    const { unread: _, ...rest } = filterValues;
    setFilters(checked ? { ...rest, unread: true } : rest, displayedFilters, false);
  };
  return (
    <FormControlLabel
      control={
        <Switch
          checked={on}
          onChange={(e) => toggle(e.target.checked)}
          slotProps={{ input: { 'aria-label': translate('crm.notifications.unread_only') } }}
          data-testid="unread-switch"
        />
      }
      label={translate('crm.notifications.unread_only')}
    />
  );
}

const unreadStyle = (r: RaRecord) => ({ fontWeight: r.readAt ? 'normal' : 'bold', cursor: 'pointer' });

function NotificationList() {
  const open = useOpenMessage();
  return (
    <List
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <UnreadSwitch />
          <MarkAllReadButton />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid
        rowClick={(_id, _resource, record) => {
          void open(record as MessageRecord);
          return false;
        }}
        bulkActionButtons={false}
        rowSx={unreadStyle}
      >
        <FunctionField source="readAt" label="home.inbox.state_label" sortable={false} render={(r: MessageRecord) => <MessageStateChip message={r} />} />
        <ShanghaiDateTimeField source="createdAt" sortable={false} />
        <MessageTextField source="title" sortable={false} />
        <MessageTextField source="body" sortable={false} />
        <OpenButton />
        <MarkReadButton />
      </Datagrid>
    </List>
  );
}

function NotificationShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <OpenButton />
          <MarkReadButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <FunctionField source="readAt" label="home.inbox.state_label" render={(r: MessageRecord) => <MessageStateChip message={r} />} />
        <ShanghaiDateTimeField source="createdAt" />
        <MessageTextField source="title" />
        <MessageTextField source="body" />
        <ShanghaiDateTimeField source="readAt" />
        <ShanghaiDateTimeField source="resolvedAt" label="home.inbox.resolved_at" />
      </SimpleShowLayout>
    </Show>
  );
}

// The inbox is written by the reminders; users only read it and mark it read.

export const list = NotificationList;
export const show = NotificationShow;
