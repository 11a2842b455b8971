import { AutocompleteInput, ReferenceInput, required, useCreate, useNotify, useTranslate } from 'react-admin';

/**
 * The firm of a new target: pick one, or — when the name typed finds none — create it right here
 * (新建企业 “…”) and carry on with the target.
 */
export function FirmPicker() {
  const translate = useTranslate();
  const notify = useNotify();
  const [create] = useCreate();
  const onCreate = async (name?: string) => {
    const trimmed = name?.trim();
    if (!trimmed) return undefined;
    try {
      const firm = await create('firms', { data: { name: trimmed } }, { returnPromise: true });
      notify('chainkpi.target.firm_created', { type: 'success', messageArgs: { name: trimmed } });
      return firm;
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      return undefined;
    }
  };
  return (
    <ReferenceInput source="firmId" reference="firms">
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        onCreate={onCreate}
        createItemLabel="chainkpi.target.create_firm"
        createLabel="chainkpi.target.create_firm_hint"
        helperText={translate('chainkpi.target.firm_help')}
      />
    </ReferenceInput>
  );
}
