import {
  AutocompleteArrayInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  email,
  FormDataConsumer,
  List,
  PasswordInput,
  ReferenceArrayInput,
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
import { roleChoices } from '../../config/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <ReferenceInput key="teamId" source="teamId" reference="teams">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

function UserList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="displayName" />
        <SelectField source="role" choices={roleChoices} />
        <ReferenceField source="teamId" reference="teams" emptyText="—" />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

function UserShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <SelectField source="role" choices={roleChoices} />
        <ReferenceField source="teamId" reference="teams" emptyText="—" />
        <TextField source="email" emptyText="—" />
        <TextField source="webhookUrl" emptyText="—" />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
}

function UserForm({ create }: { create?: boolean }) {
  return (
    <SimpleForm>
      <TextInput source="username" validate={required()} />
      <TextInput source="displayName" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <ReferenceInput source="teamId" reference="teams">
        <SelectInput optionText="name" emptyText="—" />
      </ReferenceInput>
      <TextInput source="email" validate={email()} />
      <TextInput source="webhookUrl" fullWidth />
      {!create && <BooleanInput source="active" />}
      <PasswordInput source="password" validate={create ? required() : undefined} autoComplete="new-password" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.role === 'chain_manager' && (
            <ReferenceArrayInput source="chainIds" reference="chains" perPage={100}>
              <AutocompleteArrayInput optionText="name" />
            </ReferenceArrayInput>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  );
}

export const list = UserList;
export const show = UserShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <UserForm />
  </Edit>
);
export const create = () => (
  <Create redirect="show">
    <UserForm create />
  </Create>
);
