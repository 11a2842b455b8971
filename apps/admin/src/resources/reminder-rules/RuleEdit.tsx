import { Alert, Stack, Typography } from '@mui/material';
import { Edit, NumberInput, required, SaveButton, SimpleForm, TextInput, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { ResetButton } from './ResetButton';
import { DEFAULTS_ID, RULE_STAGES, type ReminderRuleRecord } from './ruleModel';

function RuleTitle() {
  const record = useRecordContext<ReminderRuleRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const scope = record.id === DEFAULTS_ID ? translate('crm.reminder_rules.defaults') : record.planTitle;
  return <span>{translate('crm.reminder_rules.title', { scope })}</span>;
}

/** A plan without a rule of its own shows the defaults; saving gives it its own. */
function InheritNotice() {
  const record = useRecordContext<ReminderRuleRecord>();
  const translate = useTranslate();
  if (!record || record.id === DEFAULTS_ID || record.overridden) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="rule-inherits">
      {translate('crm.reminder_rules.inherits_notice')}
    </Alert>
  );
}

/** Two inputs side by side, each half of a form column that stays readable on wide screens. */
const ROW = { width: '100%', maxWidth: 720 };

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
}

/** Only the defaults carry the digest time: the digest goes to each promoter once, whatever their plans. */
function DigestTimeInput() {
  const record = useRecordContext<ReminderRuleRecord>();
  if (record?.id !== DEFAULTS_ID) return null;
  return (
    <TextInput
      source="digestTime"
      type="time"
      validate={required()}
      helperText="crm.reminder_rules.digest_help"
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ maxWidth: 352 }}
    />
  );
}

// Ranges and "red after yellow" are the API's to check: its per-field messages show under the inputs.
export function RuleEdit() {
  return (
    <Edit mutationMode="pessimistic" title={<RuleTitle />}>
      <SimpleForm
        toolbar={
          <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            <ResetButton />
          </Toolbar>
        }
      >
        <InheritNotice />
        <Section title="crm.reminder_rules.follow_up_section" />
        <Stack direction="row" spacing={2} sx={ROW}>
          <NumberInput source="preDueHours" validate={required()} helperText="crm.reminder_rules.pre_due_help" />
          <NumberInput source="escalationGraceHours" validate={required()} helperText="crm.reminder_rules.escalation_help" />
        </Stack>
        <Section title="crm.reminder_rules.stale_section" />
        {RULE_STAGES.map((stage) => (
          <Stack key={stage} direction="row" spacing={2} sx={ROW}>
            <NumberInput source={`${stage}YellowDays`} validate={required()} />
            <NumberInput source={`${stage}RedDays`} validate={required()} />
          </Stack>
        ))}
        <Section title="signing.rules.milestone" />
        <Stack direction="row" spacing={2} sx={ROW}>
          <NumberInput source="milestoneYellowDays" label="signing.rules.milestoneYellowDays" validate={required()} />
          <NumberInput source="milestoneRedDays" label="signing.rules.milestoneRedDays" validate={required()} />
        </Stack>
        <DigestTimeInput />
      </SimpleForm>
    </Edit>
  );
}
