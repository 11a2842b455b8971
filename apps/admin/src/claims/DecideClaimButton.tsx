import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { decideClaim, type ClaimRequest } from './claimModel';
import { usePunctuation } from '../lib/usePunctuation';

/** 同意 / 拒绝 a pending transfer or joint-pursuit request (chain managers of the firm's chain, admins). */
export function DecideClaimButton() {
  const r = useRecordContext<ClaimRequest>();
  const translate = useTranslate();
  const p = usePunctuation();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (!r?.canDecide) return null;
  const decide = async (grant: boolean) => {
    setBusy(true);
    try {
      await decideClaim(r, grant, note);
      notify(grant ? 'claims.granted' : 'claims.refused', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const kind = translate(`claims.kind.${r.kind}`);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        sx={{ minHeight: 36 }}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {translate('claims.decide')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="sm">
        <DialogTitle>{translate('claims.decide_title', { kind, firm: r.firmName })}</DialogTitle>
        <DialogContent>
          {r.holderName && <DialogContentText>{translate('claims.decide_holder', { holder: r.holderName, date: r.firstClaimedOn ?? '' })}</DialogContentText>}
          <DialogContentText sx={{ mt: 1 }}>
            {r.requesterName}
            {p.colon}
            {r.reason}
          </DialogContentText>
          <DialogContentText variant="body2" sx={{ mt: 1 }}>
            {translate(r.kind === 'transfer' ? 'claims.transfer_help' : 'claims.joint_help')}
          </DialogContentText>
          <TextField
            sx={{ mt: 2 }}
            label={translate('claims.decide_note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" disabled={busy} onClick={() => decide(false)}>
            {translate('claims.refuse')}
          </Button>
          <Button variant="contained" disabled={busy} onClick={() => decide(true)}>
            {translate('claims.grant')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
