import { Chip } from '@mui/material';
import { Datagrid, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import { ShanghaiDateTimeField } from '../../components/fields';
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

/** 转交申请: who asked to take over or join a firm another team holds, and what was decided. */
function ClaimRequestList() {
  return (
    <List
      filters={[<StateFilter key="state" source="state" alwaysOn />]}
      filterDefaultValues={{ state: 'pending' }}
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
    >
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
    </List>
  );
}

export const list = ClaimRequestList;
