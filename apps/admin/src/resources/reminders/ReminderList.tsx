import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Card, CardContent } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  ExportButton,
  FilterButton,
  FilterList,
  FilterListItem,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { MessageTextField, ShanghaiDateTimeField } from '../../components/fields';
import { REMINDER_KINDS, REMINDER_STATES, reminderKindChoices, reminderStateChoices } from '../../config/domain';
import { ChannelStatesField, ReminderStateField } from './ReminderChips';
import { RetryButton } from './RetryButton';

const targetOption = (r: RaRecord) => `${r.firmName} · ${r.chainLinkName}`;

const filters = [
  <SelectInput key="state" source="state" choices={reminderStateChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={reminderKindChoices} />,
  <ReferenceInput key="recipientId" source="recipientId" reference="users">
    <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="targetId" source="targetId" reference="targets">
    <AutocompleteInput optionText={targetOption} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

/** Quick filters beside the list; 发送失败 first, since finding failed deliveries is what admins come here for. */
function QuickFilters() {
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 200, flexShrink: 0 }}>
      <CardContent>
        <FilterList label="resources.reminders.fields.state" icon={<ErrorOutlineIcon />}>
          {['failed', ...REMINDER_STATES.filter((s) => s !== 'failed')].map((state) => (
            <FilterListItem key={state} label={state === 'failed' ? 'crm.reminders.failed_filter' : `crm.reminder_state.${state}`} value={{ state }} />
          ))}
        </FilterList>
        <FilterList label="resources.reminders.fields.kind" icon={<ScheduleIcon />}>
          {REMINDER_KINDS.map((kind) => (
            <FilterListItem key={kind} label={`crm.reminder_kind.${kind}`} value={{ kind }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
}

export function ReminderList() {
  return (
    <List
      filters={filters}
      aside={<QuickFilters />}
      actions={
        <TopToolbar>
          <FilterButton />
          <ExportButton />
        </TopToolbar>
      }
      sort={{ field: 'dueAt', order: 'DESC' }}
      // No reminder yet is a state to monitor too: keep the filters and quick filters on screen.
      empty={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <SelectField source="kind" choices={reminderKindChoices} sortable={false} />
        <MessageTextField source="title" sortable={false} />
        <TextField source="recipientName" sortable={false} />
        <ReferenceField source="targetId" reference="targets" link="show" sortable={false} emptyText="—" />
        <ShanghaiDateTimeField source="dueAt" sortBy="dueAt" />
        <ReminderStateField label="resources.reminders.fields.state" />
        <ChannelStatesField label="resources.reminders.fields.deliveries" />
        <RetryButton />
      </Datagrid>
    </List>
  );
}
