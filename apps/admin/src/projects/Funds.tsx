import AddIcon from '@mui/icons-material/Add';
import { Box, Button, IconButton, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import { NumberInput, TextInput, required, useTranslate } from 'react-admin';
import { formatMoney, formatNumber, shanghaiToday } from '../lib/format';
import { FormDialog } from './FormDialog';
import type { Fund, Project } from './projectApi';

/** 到位资金: arrived against the signed investment as a bar, the tranches below; writers add, edit, delete. */
export function Funds({
  project,
  canWrite,
  onAdd,
  onUpdate,
  onRemove,
}: {
  project: Project;
  canWrite: boolean;
  onAdd: (values: Record<string, unknown>) => Promise<unknown>;
  onUpdate: (fund: Fund, values: Record<string, unknown>) => Promise<unknown>;
  onRemove: (fund: Fund) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const [editing, setEditing] = useState<Fund | 'new' | null>(null);
  const rate = project.fundsRate;
  const percent = rate === null ? null : `${formatNumber(rate * 100, 1)}%`;
  return (
    <Box data-testid="funds">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" data-testid="funds-progress">
          {rate === null
            ? translate('signing.project.funds_no_signed', { arrived: formatMoney(project.fundsArrived) })
            : translate('signing.project.funds_progress', {
                arrived: formatMoney(project.fundsArrived),
                signed: formatMoney(project.signedInvestment),
                rate: percent,
              })}
        </Typography>
        {canWrite && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            {translate('signing.project.add_fund')}
          </Button>
        )}
      </Box>
      {rate !== null && (
        <LinearProgress
          variant="determinate"
          value={Math.min(100, rate * 100)}
          color={rate >= 1 ? 'success' : 'primary'}
          sx={{ height: 10, borderRadius: 5, my: 1 }}
          aria-label={percent ?? ''}
        />
      )}
      {project.funds.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('signing.field.arrivedOn')}</TableCell>
              <TableCell align="right">{translate('signing.field.amount')}</TableCell>
              <TableCell>{translate('signing.field.source')}</TableCell>
              <TableCell>{translate('signing.field.note')}</TableCell>
              {canWrite && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {project.funds.map((f) => (
              <TableRow key={f.id} data-testid={`fund-${f.id}`}>
                <TableCell>{f.arrivedOn}</TableCell>
                <TableCell align="right">{formatMoney(f.amount)}</TableCell>
                <TableCell>{f.source}</TableCell>
                <TableCell>{f.note ?? ''}</TableCell>
                {canWrite && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton size="small" aria-label={translate('signing.project.edit_fund')} onClick={() => setEditing(f)}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      size="small"
                      aria-label={translate('signing.project.delete_fund')}
                      onClick={() => window.confirm(translate('signing.project.delete_fund_confirm')) && void onRemove(f)}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('signing.project.no_funds')}
        </Typography>
      )}
      {editing && (
        <FormDialog
          open
          testId="fund-dialog"
          title={translate(editing === 'new' ? 'signing.project.add_fund' : 'signing.project.edit_fund')}
          defaultValues={
            editing === 'new'
              ? { arrivedOn: shanghaiToday(), amount: null, source: '', note: '' }
              : { arrivedOn: editing.arrivedOn, amount: editing.amount, source: editing.source, note: editing.note ?? '' }
          }
          onClose={() => setEditing(null)}
          onSubmit={(v) => (editing === 'new' ? onAdd(v) : onUpdate(editing, v))}
        >
          <TextInput
            source="arrivedOn"
            label={translate('signing.field.arrivedOn')}
            type="date"
            fullWidth
            validate={required()}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <NumberInput source="amount" label={translate('signing.field.amount')} fullWidth validate={required()} />
          <TextInput source="source" label={translate('signing.field.source')} fullWidth validate={required()} />
          <TextInput source="note" label={translate('signing.field.note')} fullWidth parse={(v: string) => v || null} />
        </FormDialog>
      )}
    </Box>
  );
}
