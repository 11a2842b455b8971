import {
  AutocompleteInput,
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  Labeled,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { ListActions } from '../../components/ListActions';
import { ShanghaiDateTimeField } from '../../components/fields';
import { ShanghaiDateTimeInput } from '../../components/inputs';
import { contactKindChoices } from '../../config/domain';
import { FilesPanel } from '../../files';
import { ParticipantsField, ParticipantsInput } from '../contacts';

const targetOption = (r: RaRecord) => `${r.firmName} · ${r.chainLinkName}`;

const filters = [
  <ReferenceInput key="targetId" source="targetId" reference="targets" alwaysOn>
    <AutocompleteInput optionText={targetOption} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={contactKindChoices} />,
];

function ContactLogList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'at', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShanghaiDateTimeField source="at" sortBy="at" />
        <ReferenceField source="targetId" reference="targets" link="show" sortable={false} />
        <SelectField source="kind" choices={contactKindChoices} sortable={false} />
        <TextField source="summary" sortable={false} />
        <ShanghaiDateTimeField source="nextFollowUpAt" sortable={false} />
        <TextField source="authorName" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

const LogParticipants = () => {
  const log = useRecordContext();
  return log ? <ParticipantsField contactLogId={log.id} /> : null;
};
const LogFiles = () => {
  const log = useRecordContext();
  return log ? <FilesPanel owner="contact-log" id={log.id} /> : null;
};

function ContactLogShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="targetId" reference="targets" link="show" />
        <SelectField source="kind" choices={contactKindChoices} sortable={false} />
        <ShanghaiDateTimeField source="at" />
        <Labeled label="people.persons.participants">
          <LogParticipants />
        </Labeled>
        <TextField source="participants" emptyText="—" />
        <TextField source="summary" />
        <TextField source="outcome" emptyText="—" />
        <ShanghaiDateTimeField source="nextFollowUpAt" />
        <TextField source="authorName" emptyText="—" />
        <LogFiles />
      </SimpleShowLayout>
    </Show>
  );
}

function LogFields({ create }: { create?: boolean }) {
  return (
    <>
      {create && (
        <ReferenceInput source="targetId" reference="targets">
          <AutocompleteInput optionText={targetOption} filterToQuery={(q: string) => ({ q })} validate={required()} />
        </ReferenceInput>
      )}
      <SelectInput source="kind" choices={contactKindChoices} validate={required()} />
      <ShanghaiDateTimeInput source="at" validate={required()} />
      <ParticipantsInput />
      <TextInput source="participants" fullWidth />
      <TextInput source="summary" validate={required()} multiline fullWidth minRows={3} />
      <TextInput source="outcome" multiline fullWidth />
      {/* A log's follow-up is set when it is written; later moves go through the target's follow-up. */}
      {create && <ShanghaiDateTimeInput source="nextFollowUpAt" />}
    </>
  );
}

export const list = ContactLogList;
export const show = ContactLogShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <LogFields />
    </SimpleForm>
  </Edit>
);
export const create = () => (
  <Create redirect="show" record={{ kind: 'visit', at: new Date().toISOString() }}>
    <SimpleForm>
      <LogFields create />
    </SimpleForm>
  </Create>
);
