import {
  Button,
  Create,
  Datagrid,
  Edit,
  EditButton,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { ListActions } from '../../components/ListActions';
import { HandbookButton } from '../../components/ReportButtons';
import { actionChoices, positionChoices } from '../../config/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans" alwaysOn>
    <SelectInput optionText="region" />
  </ReferenceInput>,
];

/** Opens this chain's map (产业链图谱). */
export function ChainMapButton() {
  const record = useRecordContext();
  if (!record) return null;
  return <Button component={Link} to={`/chain-map/${record.id}`} label="crm.chain_map.open" onClick={(e) => e.stopPropagation()} />;
}

function ChainList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'sortOrder', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="kind" />
        <ReferenceField source="planId" reference="plans" link={false}>
          <TextField source="region" />
        </ReferenceField>
        <SelectField source="action" choices={actionChoices} sortable={false} />
        <NumberField source="sortOrder" />
        <ChainMapButton />
      </Datagrid>
    </List>
  );
}

function ChainHandbookButton() {
  const record = useRecordContext();
  return <HandbookButton chainId={record?.id} />;
}

function ChainShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ChainMapButton />
          <ChainHandbookButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <TextField source="kind" />
        <ReferenceField source="planId" reference="plans" />
        <SelectField source="action" choices={actionChoices} />
        <TextField source="description" />
        <ReferenceManyField reference="chain-links" target="chainId" label="resources.chain-links.name" sort={{ field: 'sortOrder', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="position" choices={positionChoices} />
            <SelectField source="action" choices={actionChoices} />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}

function ChainForm({ create }: { create?: boolean }) {
  return (
    <SimpleForm>
      {create && (
        <ReferenceInput source="planId" reference="plans">
          <SelectInput optionText="region" validate={required()} />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={create ? required() : undefined} />
      <TextInput source="kind" validate={create ? required() : undefined} />
      <SelectInput source="action" choices={actionChoices} emptyText="—" />
      <TextInput source="description" multiline fullWidth />
      <NumberInput source="sortOrder" />
    </SimpleForm>
  );
}

export const list = ChainList;
export const show = ChainShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <ChainForm />
  </Edit>
);
export const create = () => (
  <Create redirect="show">
    <ChainForm create />
  </Create>
);
