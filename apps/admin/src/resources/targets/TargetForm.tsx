import {
  AutocompleteInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Role } from '../../config/domain';
import { methodChoices } from '../../config/domain';
import { FirmPicker } from './FirmPicker';

/** The chain picker only narrows the link list; the API derives the chain from the link. */
const CHAIN_PICKER = '_chainId';
const dropChainPicker = ({ [CHAIN_PICKER]: _ignored, ...rest }: Record<string, unknown>) => rest;

function LinkInput() {
  const record = useRecordContext();
  const chainId = useWatch({ name: CHAIN_PICKER }) ?? record?.chainId;
  return (
    <ReferenceInput source="chainLinkId" reference="chain-links" filter={chainId ? { chainId } : {}} perPage={100}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
    </ReferenceInput>
  );
}

function TargetFields({ create }: { create?: boolean }) {
  const { permissions: role } = usePermissions<Role>();
  return (
    <>
      {create && <FirmPicker />}
      <ReferenceInput source={CHAIN_PICKER} reference="chains" perPage={100}>
        <SelectInput optionText="name" label="resources.targets.fields.chainId" />
      </ReferenceInput>
      <LinkInput />
      {role !== 'promoter' && (
        <ReferenceInput source="ownerId" reference="users">
          <SelectInput optionText="displayName" />
        </ReferenceInput>
      )}
      <SelectInput source="method" choices={methodChoices} emptyText="—" />
      <NumberInput source="expectedInvestment" helperText="chainkpi.unit.万元" min={0} />
      <NumberInput source="expectedOutput" helperText="chainkpi.unit.万元" min={0} />
      <NumberInput source="expectedJobs" min={0} />
      <NumberInput source="spaceNeeded" min={0} />
      <TextInput source="notes" multiline fullWidth minRows={3} />
    </>
  );
}

export function TargetCreate() {
  return (
    <Create redirect="show" transform={dropChainPicker}>
      <SimpleForm>
        <TargetFields create />
      </SimpleForm>
    </Create>
  );
}

export function TargetEdit() {
  return (
    <Edit mutationMode="pessimistic" transform={dropChainPicker}>
      <SimpleForm>
        <TargetFields />
      </SimpleForm>
    </Edit>
  );
}
