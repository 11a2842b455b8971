import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Link as MuiLink } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button, Datagrid, List, NullableBooleanInput, Show, SimpleShowLayout, TextField, TopToolbar, useDataProvider, useNotify, useRecordContext, useRefresh,
  type RaRecord,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { ShanghaiDateTimeField } from '../../components/fields';
import { UNREAD_QUERY_KEY } from '../../layout/NotificationBell';
import type { CrmDataProvider } from '../../providers/dataProvider';

function useAfterRead() {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: UNREAD_QUERY_KEY });
    refresh();
  };
}

function MarkReadButton() {
  const record = useRecordContext();
  const dp = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const after = useAfterRead();
  if (!record || record.readAt) return null;
  const click = async (e: React.MouseEvent) => {
    e.stopPropagation();
    try {
      await dp.markRead(record.id);
      await after();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return <Button label="crm.notifications.mark_read" onClick={click} />;
}

function MarkAllReadButton() {
  const dp = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const after = useAfterRead();
  const click = async () => {
    try {
      await dp.markAllRead();
      await after();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  return <Button label="crm.notifications.mark_all_read" onClick={click} startIcon={<DoneAllIcon />} />;
}

/** A notification's link inside the app (e.g. `/targets/12/show`). */
function LinkField() {
  const record = useRecordContext();
  if (!record?.link) return null;
  const to = String(record.link).replace(/^#/, '');
  return to.startsWith('/') ? <MuiLink component={Link} to={to} onClick={(e: React.MouseEvent) => e.stopPropagation()}>{to}</MuiLink> : <span>{to}</span>;
}

const unreadStyle = (r: RaRecord) => ({ fontWeight: r.readAt ? 'normal' : 'bold' });

function NotificationList() {
  return (
    <List
      filters={[<NullableBooleanInput key="unread" source="unread" alwaysOn />]}
      actions={<TopToolbar><MarkAllReadButton /></TopToolbar>}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} rowSx={unreadStyle}>
        <ShanghaiDateTimeField source="createdAt" sortable={false} />
        <TextField source="title" sortable={false} />
        <TextField source="body" sortable={false} />
        <LinkField />
        <ShanghaiDateTimeField source="readAt" sortable={false} />
        <MarkReadButton />
      </Datagrid>
    </List>
  );
}

function NotificationShow() {
  return (
    <Show actions={<TopToolbar><MarkReadButton /></TopToolbar>}>
      <SimpleShowLayout>
        <ShanghaiDateTimeField source="createdAt" />
        <TextField source="title" />
        <TextField source="body" />
        <LinkField />
        <ShanghaiDateTimeField source="readAt" />
      </SimpleShowLayout>
    </Show>
  );
}

// The inbox is written by the reminders; users only read it and mark it read.

export const list = NotificationList;
export const show = NotificationShow;
