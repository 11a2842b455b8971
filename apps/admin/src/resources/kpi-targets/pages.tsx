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
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { ListActions } from '../../components/ListActions';
import { KpiActualField, KpiRateField, KpiValueField } from '../../kpi/KpiListFields';
import { useUnitLabel } from '../../lib/units';

function UnitField(_: { source: string; sortable?: boolean }) {
  const record = useRecordContext();
  const unit = useUnitLabel();
  return <span>{unit(record?.unit as string)}</span>;
}

const filters = [
  <ReferenceInput key="planId" source="planId" reference="plans" alwaysOn>
    <SelectInput optionText="region" />
  </ReferenceInput>,
  <ReferenceInput key="chainId" source="chainId" reference="chains" perPage={100}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <NumberInput key="year" source="year" />,
  <TextInput key="metric" source="metric" />,
];

function KpiList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'year', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="metric" />
        <TextField source="category" />
        <ReferenceField source="chainId" reference="chains" emptyText="—" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <KpiValueField source="value" />
        <UnitField source="unit" sortable={false} />
        <KpiActualField source="actual" label="chainkpi.kpi.actual_col" sortable={false} />
        <KpiRateField source="increaseRate" label="chainkpi.kpi.rate_col" sortable={false} />
      </Datagrid>
    </List>
  );
}

function KpiShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="planId" reference="plans" />
        <ReferenceField source="chainId" reference="chains" emptyText="—" />
        <TextField source="metric" />
        <TextField source="category" />
        <NumberField source="year" options={{ useGrouping: false }} />
        <NumberField source="value" />
        <TextField source="unit" />
        <TextField source="source.document" label="resources.kpi-targets.fields.sourceDocument" />
        <TextField source="source.section" label="resources.kpi-targets.fields.sourceSection" />
      </SimpleShowLayout>
    </Show>
  );
}

function KpiForm({ create }: { create?: boolean }) {
  return (
    <SimpleForm>
      {create && (
        <ReferenceInput source="planId" reference="plans">
          <SelectInput optionText="region" validate={required()} />
        </ReferenceInput>
      )}
      <ReferenceInput source="chainId" reference="chains" perPage={100}>
        <SelectInput optionText="name" emptyText="—" />
      </ReferenceInput>
      <TextInput source="metric" validate={create ? required() : undefined} />
      <TextInput source="category" />
      <NumberInput source="year" validate={create ? required() : undefined} />
      <NumberInput source="value" validate={create ? required() : undefined} />
      <TextInput source="unit" validate={create ? required() : undefined} />
      {create && <TextInput source="source.document" label="resources.kpi-targets.fields.sourceDocument" validate={required()} />}
      {create && <TextInput source="source.section" label="resources.kpi-targets.fields.sourceSection" validate={required()} />}
    </SimpleForm>
  );
}

export const list = KpiList;
export const show = KpiShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <KpiForm />
  </Edit>
);
export const create = () => (
  <Create redirect="show">
    <KpiForm create />
  </Create>
);
