import {
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { ListActions } from '../../components/ListActions';
import { actionChoices, positionChoices } from '../../config/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="chainId" source="chainId" reference="chains" alwaysOn perPage={100}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="action" source="action" choices={actionChoices} />,
  <SelectInput key="position" source="position" choices={positionChoices} />,
];

function ChainLinkList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'sortOrder', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="chainId" reference="chains" />
        <SelectField source="position" choices={positionChoices} />
        <SelectField source="action" choices={actionChoices} />
        <NumberField source="sortOrder" />
      </Datagrid>
    </List>
  );
}

function ChainLinkShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <ReferenceField source="chainId" reference="chains" />
        <SelectField source="position" choices={positionChoices} />
        <SelectField source="action" choices={actionChoices} />
        <TextField source="notes" />
      </SimpleShowLayout>
    </Show>
  );
}

function ChainLinkForm({ create }: { create?: boolean }) {
  return (
    <SimpleForm>
      {create && (
        <ReferenceInput source="chainId" reference="chains" perPage={100}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={create ? required() : undefined} />
      <SelectInput source="position" choices={positionChoices} validate={create ? required() : undefined} />
      <SelectInput source="action" choices={actionChoices} emptyText="—" />
      <TextInput source="notes" multiline fullWidth />
      <NumberInput source="sortOrder" />
    </SimpleForm>
  );
}

export const list = ChainLinkList;
export const show = ChainLinkShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <ChainLinkForm />
  </Edit>
);
export const create = () => (
  <Create redirect="show">
    <ChainLinkForm create />
  </Create>
);
