import { Datagrid, List, ReferenceField, ReferenceManyField, SearchInput, Show, SimpleShowLayout, TextField, SelectField } from 'react-admin';
import { ListActions } from '../../components/ListActions';
import { roleChoices } from '../../config/domain';

// The API lists teams read-only (they come with the users); there is no edit or create screen.
function TeamList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="leaderId" reference="users" emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
}

function TeamShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="leaderId" reference="users" emptyText="—" />
        <ReferenceManyField reference="users" target="teamId" label="resources.users.name">
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="displayName" />
            <SelectField source="role" choices={roleChoices} />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}

export const list = TeamList;
export const show = TeamShow;
