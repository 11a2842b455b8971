import { ChangeHistory } from '../audit-logs/ChangeHistory';
import {
  AutocompleteArrayInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  NullableBooleanInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceInput,
  ReferenceManyField,
  required,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  ChipField,
  TextField,
  TextInput,
  UrlField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Box, Stack } from '@mui/material';
import { ListActions } from '../../components/ListActions';
import { MoneyField, ShanghaiDateTimeField, StageField, TagsField } from '../../components/fields';
import { tagChoices } from '../../config/domain';
import { FirmClaimPanel } from '../../claims';
import { FilesPanel } from '../../files';
import { ContactPersonsPanel } from '../contacts';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="tag" source="tag" choices={tagChoices} />,
  <NullableBooleanInput key="isLocal" source="isLocal" />,
  <ReferenceInput key="chainId" source="chainId" reference="chains" perPage={100}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

// Aliases are edited as one line separated by 、 or commas.
const joinAliases = (v: string[] | null | undefined) => (v ?? []).join('、');
const splitAliases = (v: string) =>
  v
    .split(/[、,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

function FirmList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="hqCity" />
        <TagsField source="tags" sortable={false} />
        <BooleanField source="isLocal" />
        <ShanghaiDateTimeField source="updatedAt" sortBy="updatedAt" />
      </Datagrid>
    </List>
  );
}

/** The firm's persons and files, under its facts. */
function FirmPeopleAndFiles() {
  const firm = useRecordContext();
  if (!firm) return null;
  return (
    <Stack spacing={2} sx={{ mt: 1, maxWidth: 720 }}>
      <FirmClaimPanel firmId={firm.id} firmName={String(firm.name ?? '')} />
      <ContactPersonsPanel firmId={firm.id} />
      <FilesPanel owner="firm" id={firm.id} />
    </Stack>
  );
}

function FirmChangeHistory() {
  const record = useRecordContext();
  return record ? <ChangeHistory entity="firm" id={record.id} /> : null;
}

function FirmShow() {
  const translate = useTranslate();
  // The plural form: the raw key would show polyglot's "Target |||| Targets" in English.
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="fullName" />
        <TextField source="aliases" />
        <TextField source="creditCode" />
        <TextField source="hqCity" />
        <TagsField source="tags" />
        <UrlField source="website" target="_blank" />
        <BooleanField source="isLocal" />
        <TextField source="profile" />
        <ReferenceArrayField source="chainLinkIds" reference="chain-links">
          <SingleFieldList linkType="show">
            <ChipField source="name" />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceManyField reference="targets" target="firmId" label={translate('resources.targets.name', { smart_count: 2 })}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="chainLinkName" sortable={false} />
            <StageField source="stage" sortable={false} />
            <TextField source="ownerName" sortable={false} />
            <MoneyField source="expectedInvestment" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
      <Box sx={{ px: 2, pb: 2 }}>
        <FirmPeopleAndFiles />
        <FirmChangeHistory />
      </Box>
    </Show>
  );
}

function FirmForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="fullName" fullWidth />
      <TextInput source="aliases" format={joinAliases} parse={splitAliases} fullWidth />
      <TextInput source="creditCode" />
      <TextInput source="hqCity" />
      <SelectArrayInput source="tags" choices={tagChoices} />
      <TextInput source="website" fullWidth />
      <BooleanInput source="isLocal" />
      <ReferenceArrayInput source="chainLinkIds" reference="chain-links" perPage={50}>
        <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceArrayInput>
      <TextInput source="profile" multiline fullWidth minRows={3} />
    </SimpleForm>
  );
}

export const list = FirmList;
export const show = FirmShow;
export const edit = () => (
  <Edit mutationMode="pessimistic">
    <FirmForm />
  </Edit>
);
export const create = () => (
  <Create redirect="show">
    <FirmForm />
  </Create>
);
