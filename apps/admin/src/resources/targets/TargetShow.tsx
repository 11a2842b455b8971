import { ChangeHistory } from '../audit-logs/ChangeHistory';
import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import { EditButton, Labeled, NumberField, ShowBase, TextField, Title, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { MethodField, MoneyField, ShanghaiDateField, ShanghaiDateTimeField, StageField } from '../../components/fields';
import type { TargetCard } from '../../providers/dataProvider';
import { TargetPeopleAndFiles } from '../contacts';
import { ClearFollowUpButton } from './ClearFollowUpButton';
import { ContactQuickForm } from './ContactQuickForm';
import { FirmProfile } from './FirmProfile';
import { StageMoveButton } from './StageMoveButton';
import { NextFollowUp, Timeline } from './Timeline';
import { ProjectPanel } from '../../projects/ProjectPanel';

function Summary() {
  return (
    <Card variant="outlined">
      <CardContent sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1 }}>
        <Labeled source="stage">
          <StageField source="stage" />
        </Labeled>
        <Labeled source="chainName">
          <TextField source="chainName" />
        </Labeled>
        <Labeled source="chainLinkName">
          <TextField source="chainLinkName" />
        </Labeled>
        <Labeled source="ownerName">
          <TextField source="ownerName" />
        </Labeled>
        <Labeled source="method">
          <MethodField source="method" />
        </Labeled>
        <Labeled source="probability">
          <NumberField source="probability" />
        </Labeled>
        <Labeled source="expectedInvestment">
          <MoneyField source="expectedInvestment" />
        </Labeled>
        <Labeled source="expectedOutput">
          <MoneyField source="expectedOutput" />
        </Labeled>
        <Labeled source="signedInvestment">
          <MoneyField source="signedInvestment" />
        </Labeled>
        <Labeled label="chainkpi.target.signed_at">
          <ShanghaiDateField source="signedAt" />
        </Labeled>
        <Labeled label="resources.targets.fields.nextFollowUpAt">
          <span data-testid="summary-follow-up">
            <ShanghaiDateTimeField source="nextFollowUpAt" /> <ClearFollowUpButton />
          </span>
        </Labeled>
        <Labeled source="lastActivityAt">
          <ShanghaiDateTimeField source="lastActivityAt" />
        </Labeled>
        <Labeled source="stageEnteredAt">
          <ShanghaiDateTimeField source="stageEnteredAt" />
        </Labeled>
        <Labeled source="notes">
          <TextField source="notes" emptyText="—" />
        </Labeled>
      </CardContent>
    </Card>
  );
}

function TargetPage() {
  const record = useRecordContext<TargetCard>();
  const translate = useTranslate();
  const { canAccess: canLog } = useCanAccess({ action: 'create', resource: 'contact-logs' });
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="target-page">
      <Title title={`${record.firmName} · ${record.chainLinkName}`} />
      <TopToolbar sx={{ justifyContent: 'space-between' }}>
        <Typography variant="h5">{record.firmName}</Typography>
        <Box>
          <StageMoveButton />
          <EditButton />
        </Box>
      </TopToolbar>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Summary />
          <ProjectPanel target={record} />
          <Card variant="outlined" sx={{ mt: 2 }}>
            <CardContent>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
                <Typography variant="h6">{translate('crm.target.timeline')}</Typography>
                <NextFollowUp at={record.nextFollowUpAt} />
              </Box>
              <Timeline targetId={record.id} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          {canLog && <ContactQuickForm targetId={record.id} />}
          <Box sx={{ mt: canLog ? 2 : 0 }}>
            <FirmProfile />
          </Box>
          <TargetPeopleAndFiles targetId={record.id} firmId={record.firmId} />
          <ChangeHistory entity="target" id={record.id} />
        </Grid>
      </Grid>
    </Box>
  );
}

/** One page per target: facts, one timeline, a quick contact log with follow-up, the firm's profile. */
export function TargetShow() {
  return (
    <ShowBase>
      <TargetPage />
    </ShowBase>
  );
}
