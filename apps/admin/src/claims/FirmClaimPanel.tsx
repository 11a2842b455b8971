import FlagIcon from '@mui/icons-material/OutlinedFlag';
import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetIdentity, useNotify, useTranslate, type Identifier } from 'react-admin';
import { claimKey, claimMessage, fetchClaim, requestClaim, type ClaimRequestKind } from './claimModel';

/**
 * 首报首谈 on the firm page: whether another team already pursues the firm (and since when —
 * never who), and, for those who pursue firms, a request for transfer or joint pursuit.
 */
export function FirmClaimPanel({ firmId, firmName }: { firmId: Identifier; firmName: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const qc = useQueryClient();
  const { identity } = useGetIdentity();
  const { data: claim } = useQuery({ queryKey: claimKey(firmId), queryFn: () => fetchClaim(firmId) });
  const [asking, setAsking] = useState<ClaimRequestKind | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!claim) return null;
  const { key, canAsk } = claimMessage(claim);
  const pursues = identity?.role === 'promoter' || identity?.role === 'chain_manager' || identity?.role === 'admin';
  const kindLabel = asking ? translate(`claims.kind.${asking}`) : '';

  const submit = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      await requestClaim(firmId, asking, reason);
      notify('claims.submitted', { type: 'success' });
      setAsking(null);
      setReason('');
      await qc.invalidateQueries({ queryKey: claimKey(firmId) });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="firm-claim">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <FlagIcon fontSize="small" /> {translate('claims.panel_title')}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate(key, { date: claim.firstClaimedOn ?? '' })}
        </Typography>
        {claim.pendingRequestId !== null && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {translate('claims.pending')}
          </Alert>
        )}
        {canAsk && pursues && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
            <Button variant="outlined" size="small" sx={{ minHeight: 44 }} onClick={() => setAsking('transfer')}>
              {translate('claims.ask_transfer')}
            </Button>
            <Button variant="outlined" size="small" sx={{ minHeight: 44 }} onClick={() => setAsking('joint')}>
              {translate('claims.ask_joint')}
            </Button>
          </Stack>
        )}
      </CardContent>
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('claims.ask_title', { kind: kindLabel, firm: firmName })}</DialogTitle>
        <DialogContent>
          <Box sx={{ pt: 1 }}>
            <TextField
              label={translate('claims.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              multiline
              minRows={3}
              fullWidth
              autoFocus
            />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || reason.trim().length < 2} onClick={submit}>
            {translate('claims.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
