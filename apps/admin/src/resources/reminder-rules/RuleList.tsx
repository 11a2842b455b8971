import { Alert } from '@mui/material';
import { Datagrid, FilterButton, List, NullableBooleanInput, NumberField, ReferenceInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { ShanghaiDateTimeField } from '../../components/fields';
import { DigestTimeField, OverrideChip, ScopeField, ThresholdsField } from './RuleFields';
import { RULE_STAGES } from './ruleModel';

const filters = [
  <NullableBooleanInput key="overridden" source="overridden" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput optionText="title" />
  </ReferenceInput>,
];

/** The defaults first, then each plan with the values that apply to it; a row opens its form. */
export function RuleList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      sort={{ field: 'planId', order: 'ASC' }}
      exporter={false}
    >
      <Alert severity="info" sx={{ m: 1 }}>
        {translate('crm.reminder_rules.hint')}
      </Alert>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <ScopeField source="planId" sortBy="planId" label="resources.reminder-rules.fields.planId" />
        <OverrideChip label="resources.reminder-rules.fields.overridden" />
        <NumberField source="preDueHours" sortable={false} />
        <NumberField source="escalationGraceHours" sortable={false} />
        {RULE_STAGES.map((stage) => (
          <ThresholdsField key={stage} stage={stage} label={`crm.reminder_rules.thresholds.${stage}`} />
        ))}
        <ThresholdsField stage="milestone" label="signing.rules.milestone" />
        <DigestTimeField label="resources.reminder-rules.fields.digestTime" />
        <ShanghaiDateTimeField source="updatedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
