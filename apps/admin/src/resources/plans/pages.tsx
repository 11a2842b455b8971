import { Datagrid, List, NumberField, SearchInput, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ListActions } from '../../components/ListActions';
import { ShanghaiDateField } from '../../components/fields';

// Plans come from the seed documents; the API offers no writes, so there is no edit or create.
const filters = [<SearchInput key="q" source="q" alwaysOn />];

function PlanList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="region" />
        <TextField source="title" sortable={false} />
        <TextField source="period" sortable={false} />
        <NumberField source="startYear" options={{ useGrouping: false }} />
        <NumberField source="endYear" options={{ useGrouping: false }} />
      </Datagrid>
    </List>
  );
}

function PlanShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="region" />
        <TextField source="title" />
        <TextField source="period" />
        <NumberField source="baseYear" options={{ useGrouping: false }} />
        <TextField source="issuer" />
        <ShanghaiDateField source="issuedOn" />
        <TextField source="document" />
      </SimpleShowLayout>
    </Show>
  );
}

export const list = PlanList;
export const show = PlanShow;
