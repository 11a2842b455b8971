import GavelIcon from '@mui/icons-material/Gavel';
import { Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, ReferenceInput, TextInput, required, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { ShanghaiDateTimeInput } from '../components/inputs';
import { formatDateTime } from '../lib/format';
import { FormDialog } from './FormDialog';
import type { Instruction } from './projectApi';
import { usePunctuation } from '../lib/usePunctuation';

/** One 批示 with its thread; the assignee, the author and admins reply and close. */
function Thread({
  item,
  onReply,
  onClose,
}: {
  item: Instruction;
  onReply: (i: Instruction, body: string) => Promise<unknown>;
  onClose: (i: Instruction) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const p = usePunctuation();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [text, setText] = useState('');
  const mayAct = item.state === 'open' && (identity?.role === 'admin' || identity?.id === item.assigneeId || identity?.id === item.authorId);
  const state = item.state === 'closed' ? 'closed' : item.overdue ? 'overdue' : 'open';
  const send = async () => {
    try {
      await onReply(item, text);
      setText('');
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, borderLeft: 4, borderLeftColor: state === 'overdue' ? 'error.main' : state === 'closed' ? 'success.main' : 'warning.main' }}
      data-testid={`instruction-${item.id}`}
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'flex-start' }}>
        <Typography variant="body1" sx={{ fontWeight: 500, whiteSpace: 'pre-wrap' }}>
          {item.body}
        </Typography>
        <Chip
          size="small"
          color={state === 'overdue' ? 'error' : state === 'closed' ? 'success' : 'warning'}
          label={translate(`signing.instruction.state.${state}`)}
        />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('signing.instruction.assigned', { author: item.authorName, assignee: item.assigneeName, due: formatDateTime(item.dueAt) })}
      </Typography>
      {!!item.replies?.length && (
        <Stack spacing={0.5} sx={{ mt: 1, pl: 1.5, borderLeft: 2, borderColor: 'divider' }}>
          {item.replies.map((r) => (
            <Typography key={r.id} variant="body2">
              <strong>{r.authorName}</strong>
              {p.paren(formatDateTime(r.createdAt))}
              {p.colon}
              {r.body}
            </Typography>
          ))}
        </Stack>
      )}
      {item.state === 'closed' && (
        <Typography variant="body2" color="success.main" sx={{ mt: 0.5 }}>
          {translate('signing.instruction.closed_by', { name: item.closedByName ?? '', at: formatDateTime(item.closedAt) })}
          {item.closingNote ? `${p.colon}${item.closingNote}` : ''}
        </Typography>
      )}
      {mayAct && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1, alignItems: 'center' }}>
          <TextField
            size="small"
            fullWidth
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={translate('signing.field.reply')}
            slotProps={{ htmlInput: { 'aria-label': translate('signing.field.reply'), maxLength: 2000 } }}
          />
          <Button size="small" variant="contained" disabled={!text.trim()} onClick={() => void send()}>
            {translate('signing.instruction.send')}
          </Button>
          <Button size="small" color="success" onClick={() => void onClose(item).catch((e: Error) => notify(e.message, { type: 'error' }))}>
            {translate('signing.instruction.close')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}

/** 领导批示 on a target: leaders (and admins) write them; everyone who can see the target reads the thread. */
export function Instructions({
  items,
  ownerId,
  onCreate,
  onReply,
  onClose,
}: {
  items: Instruction[];
  ownerId: number;
  onCreate: (values: Record<string, unknown>) => Promise<unknown>;
  onReply: (i: Instruction, body: string) => Promise<unknown>;
  onClose: (i: Instruction) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const mayWrite = identity?.role === 'leader' || identity?.role === 'admin';
  const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString();
  return (
    <Box data-testid="instructions">
      {mayWrite && (
        <Button size="small" variant="contained" startIcon={<GavelIcon />} onClick={() => setOpen(true)} sx={{ mb: 1 }}>
          {translate('signing.instruction.write')}
        </Button>
      )}
      <Stack spacing={1}>
        {items.length ? (
          items.map((i) => <Thread key={i.id} item={i} onReply={onReply} onClose={onClose} />)
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('signing.instruction.empty')}
          </Typography>
        )}
      </Stack>
      {open && (
        <FormDialog
          open
          testId="instruction-dialog"
          title={translate('signing.instruction.write')}
          defaultValues={{ assigneeId: ownerId, dueAt: inThreeDays, body: '' }}
          onClose={() => setOpen(false)}
          onSubmit={onCreate}
        >
          <ReferenceInput source="assigneeId" reference="users" filter={{ active: true }} sort={{ field: 'id', order: 'ASC' }}>
            <AutocompleteInput label={translate('signing.field.assigneeId')} optionText="displayName" fullWidth validate={required()} />
          </ReferenceInput>
          <ShanghaiDateTimeInput source="dueAt" label={translate('signing.field.dueAt')} fullWidth validate={required()} />
          <TextInput source="body" label={translate('signing.field.body')} multiline minRows={3} fullWidth validate={required()} />
        </FormDialog>
      )}
    </Box>
  );
}
