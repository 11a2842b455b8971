import { Datagrid, List, useListContext, ReferenceInput, SearchInput, SelectInput, AutocompleteInput, TextField } from 'react-admin';
import { ListActions } from '../../components/ListActions';
import { PipelineWorkbookButton, WeeklyReportButton } from '../../components/ReportButtons';
import { MoneyField, ShanghaiDateTimeField, StageField } from '../../components/fields';
import { methodChoices, stageChoices } from '../../config/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={stageChoices} alwaysOn />,
  <ReferenceInput key="chainId" source="chainId" reference="chains" perPage={100}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="chainLinkId" source="chainLinkId" reference="chain-links">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="ownerId" source="ownerId" reference="users">
    <SelectInput optionText="displayName" />
  </ReferenceInput>,
  <SelectInput key="method" source="method" choices={methodChoices} />,
];

/** The list's actions plus the pipeline workbook and 周报 for the same filters. */
function TargetListActions() {
  const { filterValues } = useListContext();
  return (
    <ListActions>
      <PipelineWorkbookButton filters={filterValues} />
      <WeeklyReportButton filters={filterValues} />
    </ListActions>
  );
}

export function TargetList() {
  return (
    <List filters={filters} actions={<TargetListActions />} sort={{ field: 'lastActivityAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="firmName" sortable={false} />
        <TextField source="chainName" sortable={false} />
        <TextField source="chainLinkName" sortable={false} />
        <StageField source="stage" sortable={false} />
        <TextField source="ownerName" sortable={false} />
        <MoneyField source="expectedInvestment" sortBy="expectedInvestment" />
        <ShanghaiDateTimeField source="nextFollowUpAt" sortBy="nextFollowUpAt" />
        <ShanghaiDateTimeField source="lastActivityAt" sortBy="lastActivityAt" />
      </Datagrid>
    </List>
  );
}
