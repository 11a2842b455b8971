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
import { areaUnitChoices, carrierTypeChoices } from '../../config/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={carrierTypeChoices} />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput optionText="region" />
  </ReferenceInput>,
  <ReferenceInput key="chainId" source="chainId" reference="chains" perPage={100}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

function CarrierList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <SelectField source="type" choices={carrierTypeChoices} />
        <ReferenceField source="chainId" reference="chains" />
        <NumberField source="totalAreaM2" />
        <NumberField source="availableAreaM2" />
      </Datagrid>
    </List>
  );
}

function CarrierShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <SelectField source="type" choices={carrierTypeChoices} />
        <ReferenceField source="planId" reference="plans" />
        <ReferenceField source="chainId" reference="chains" />
        <NumberField source="totalArea" />
        <SelectField source="areaUnit" choices={areaUnitChoices} />
        <NumberField source="totalAreaM2" />
        <NumberField source="availableAreaM2" />
        <TextField source="notes" />
      </SimpleShowLayout>
    </Show>
  );
}

function CarrierForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <SelectInput source="type" choices={carrierTypeChoices} validate={required()} />
      <ReferenceInput source="planId" reference="plans">
        <SelectInput optionText="region" />
      </ReferenceInput>
      <ReferenceInput source="chainId" reference="chains" perPage={100}>
        <SelectInput optionText="name" />
      </ReferenceInput>
      <NumberInput source="totalArea" />
      <SelectInput source="areaUnit" choices={areaUnitChoices} />
      <NumberInput source="totalAreaM2" />
      <NumberInput source="availableAreaM2" />
      <TextInput source="notes" multiline fullWidth />
    </SimpleForm>
  );
}

export const list = CarrierList;
export const show = CarrierShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <CarrierForm />
  </Edit>
);
export const create = () => (
  <Create redirect="show">
    <CarrierForm />
  </Create>
);
