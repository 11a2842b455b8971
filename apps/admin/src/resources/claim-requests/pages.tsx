import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, RecordContextProvider, SelectInput, TextField, useListContext, useTranslate } from 'react-admin';
import { ShanghaiDateTimeField } from '../../components/fields';
import { formatDateTime } from '../../lib/format';
import { useIsPhone } from '../../mobile/useIsPhone';
import { DecideClaimButton } from '../../claims';
import type { ClaimRequest } from '../../claims/claimModel';

const STATE_COLOR = { pending: 'warning', granted: 'success', refused: 'default' } as const;

function StateChip({ r }: { r: ClaimRequest }) {
  const translate = useTranslate();
  return <Chip size="small" color={STATE_COLOR[r.state]} label={translate(`claims.state.${r.state}`)} />;
}

function KindText({ r }: { r: ClaimRequest }) {
  const translate = useTranslate();
  return <>{translate(`claims.kind.${r.kind}`)}</>;
}

function StateFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const choices = (['pending', 'granted', 'refused'] as const).map((id) => ({ id, name: translate(`claims.state.${id}`) }));
  return <SelectInput {...props} choices={choices} />;
}

/**
 * 转交申请 on a phone: a card per request, everything a decision needs readable without scrolling
 * sideways (ten table columns do not fit 390 px), 处理 a full-width button at the bottom.
 */
function ClaimCards() {
  const translate = useTranslate();
  const { data = [], isPending } = useListContext<ClaimRequest>();
  if (isPending) return null;
  if (!data.length) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('ra.navigation.no_results')}
      </Typography>
    );
  }
  const line = (label: string, value: string | null | undefined) =>
    value ? (
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {label}
        </Box>{' '}
        <span data-value>{value}</span>
      </Typography>
    ) : null;
  return (
    <Stack spacing={1} sx={{ p: 1 }}>
      {data.map((r) => (
        <RecordContextProvider key={r.id} value={r}>
          <Card variant="outlined" data-testid="claim-request">
            <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere' }} data-value>
                  {r.firmName}
                </Typography>
                <StateChip r={r} />
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                <KindText r={r} /> · <span data-value>{r.requesterName}</span> · {formatDateTime(r.createdAt)}
              </Typography>
              {line(translate('resources.claim-requests.fields.reason'), r.reason)}
              {line(translate('resources.claim-requests.fields.holderName'), r.holderName && [r.holderName, r.firstClaimedOn].filter(Boolean).join(' · '))}
              {line(translate('resources.claim-requests.fields.decisionNote'), r.decisionNote)}
              <Box sx={{ mt: 1, '& > button': { width: '100%', minHeight: 44 } }}>
                <DecideClaimButton />
              </Box>
            </CardContent>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}

/** 转交申请: who asked to take over or join a firm another team holds, and what was decided. */
function ClaimRequestList() {
  const phone = useIsPhone();
  return (
    <List
      filters={[<StateFilter key="state" source="state" alwaysOn />]}
      filterDefaultValues={{ state: 'pending' }}
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
    >
      {phone ? (
        <ClaimCards />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="firmName" sortable={false} />
          <FunctionField source="kind" sortable={false} render={(r: ClaimRequest) => <KindText r={r} />} />
          <TextField source="requesterName" sortable={false} />
          <TextField source="reason" sortable={false} />
          <TextField source="firstClaimedOn" sortable={false} />
          <TextField source="holderName" sortable={false} emptyText="—" />
          <FunctionField source="state" sortable={false} render={(r: ClaimRequest) => <StateChip r={r} />} />
          <ShanghaiDateTimeField source="createdAt" />
          <TextField source="decisionNote" sortable={false} emptyText="" />
          <DecideClaimButton />
        </Datagrid>
      )}
    </List>
  );
}

export const list = ClaimRequestList;
