import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { ShowBase, Title, useCanAccess, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { StageChip } from '../components/fields';
import { formatMoney } from '../lib/format';
import type { TargetCard } from '../providers/dataProvider';
import { NextFollowUp, Timeline, timelineKey } from '../resources/targets/Timeline';
import { TargetPeopleAndFiles } from '../resources/contacts';
import { LogComposer } from './LogComposer';
import { onSynced } from './outbox';
import { PendingLogs } from './PendingLogs';
import { PhoneStageAction } from './PhoneStageAction';

function Page() {
  const record = useRecordContext<TargetCard & { chainName?: string }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const { canAccess: canLog } = useCanAccess({ action: 'create', resource: 'contact-logs' });
  const id = record?.id;
  // A log that reaches the API (now or when the network returns) shows in the timeline.
  useEffect(
    () =>
      onSynced((e) => {
        if (e.body.targetId !== Number(id)) return;
        void queryClient.invalidateQueries({ queryKey: timelineKey(id!) });
        refresh();
      }),
    [id, queryClient, refresh],
  );
  if (!record) return null;
  return (
    <Box sx={{ p: 1.5 }} data-testid="phone-target-page">
      <Title title={record.firmName} />
      <Stack spacing={1.5}>
        <Card variant="outlined">
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <Typography variant="h6" component="h1" sx={{ overflowWrap: 'anywhere', lineHeight: 1.3 }} data-testid="phone-firm-name">
              {record.firmName}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
              <StageChip stage={record.stage} />
              <Typography variant="body2" color="text.secondary">
                {[record.chainName, record.chainLinkName].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
            {record.expectedInvestment != null && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {formatMoney(record.expectedInvestment)}
              </Typography>
            )}
            <Box sx={{ mt: 1 }}>
              <NextFollowUp at={record.nextFollowUpAt} />
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1, mt: 1.5 }}>
              <PhoneStageAction card={record} fullWidth />
              <Button variant="text" component={Link} to={`/firms/${record.firmId}/show`} sx={{ minHeight: 44 }}>
                {translate('phone.target.firm')}
              </Button>
            </Box>
          </CardContent>
        </Card>
        <PendingLogs targetId={Number(record.id)} />
        {canLog && <LogComposer target={{ id: Number(record.id), firmName: record.firmName, version: record.version }} />}
        <Card variant="outlined">
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <Typography variant="h6" component="h2">
              {translate('phone.target.timeline')}
            </Typography>
            <Timeline targetId={record.id} />
          </CardContent>
        </Card>
      </Stack>
      <TargetPeopleAndFiles targetId={record.id} firmId={record.firmId} />
    </Box>
  );
}

/** The target on a phone: the firm and the next follow-up, 记一笔 first, then the timeline. */
export function PhoneTargetShow() {
  return (
    <ShowBase>
      <Page />
    </ShowBase>
  );
}
