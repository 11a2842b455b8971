import { Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { CONTACT_KINDS } from '../config/domain';
import { formatDateTime, fromShanghaiInput, toShanghaiInput } from '../lib/format';
import { FOLLOW_UP_STEPS, followUpAfter, newIdempotencyKey, type FollowUpStep } from './logModel';
import { submitLog } from './outbox';

const KINDS_SHOWN = CONTACT_KINDS.filter((k) => k !== 'email');
/** Phone touch targets: at least 44 px high. */
const TOUCH = { minHeight: 44 };

export interface ComposerTarget {
  id: number;
  firmName: string;
  version: number;
}

/**
 * 记一笔: what happened, when (now unless changed), and the next follow-up in one tap. The log is
 * kept on the device first (outbox), so a save with no signal is not lost; it shows as 待同步.
 */
export function LogComposer({ target, onSaved }: { target: ComposerTarget; onSaved?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [kind, setKind] = useState<string>('visit');
  const [at, setAt] = useState(() => toShanghaiInput(new Date()));
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [step, setStep] = useState<FollowUpStep | null>(null);
  const [missing, setMissing] = useState(false);
  const [editingAt, setEditingAt] = useState(false);
  const [saving, setSaving] = useState(false);
  const next = step ? followUpAfter(new Date(), step) : null;

  const save = async () => {
    if (!summary.trim()) return setMissing(true);
    setSaving(true);
    try {
      const result = await submitLog(
        newIdempotencyKey(),
        {
          targetId: target.id,
          kind,
          at: fromShanghaiInput(at) ?? new Date().toISOString(),
          summary: summary.trim(),
          outcome: outcome.trim() || null,
          nextFollowUpAt: next,
          targetVersion: target.version,
        },
        target.firmName,
      );
      notify(result === 'sent' ? 'phone.log.saved' : result === 'offline' ? 'phone.log.queued' : 'phone.outbox.conflict', {
        type: result === 'sent' ? 'success' : 'warning',
      });
      setSummary('');
      setOutcome('');
      setStep(null);
      setMissing(false);
      setAt(toShanghaiInput(new Date()));
      setEditingAt(false);
      onSaved?.();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="log-composer">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('phone.log.title')}
        </Typography>
        <Box role="radiogroup" aria-label={translate('phone.log.kind')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
          {KINDS_SHOWN.map((k) => (
            <Chip
              key={k}
              role="radio"
              aria-checked={kind === k}
              label={translate(`crm.contact_kind.${k}`)}
              color={kind === k ? 'primary' : 'default'}
              variant={kind === k ? 'filled' : 'outlined'}
              onClick={() => setKind(k)}
              sx={{ ...TOUCH, px: 0.5, fontSize: 15 }}
            />
          ))}
        </Box>
        <Stack spacing={1.5}>
          <TextField
            label={translate('phone.log.summary')}
            placeholder={translate('phone.log.summary_hint')}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            error={missing && !summary.trim()}
            helperText={missing && !summary.trim() ? translate('phone.log.summary_required') : undefined}
            multiline
            minRows={2}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'log-summary' } }}
          />
          <TextField label={translate('phone.log.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value)} fullWidth />
          {editingAt ? (
            <TextField
              label={translate('phone.log.at')}
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
              fullWidth
              slotProps={{ inputLabel: { shrink: true } }}
              autoFocus
            />
          ) : (
            // Now, unless the visit was earlier: shown in the office's one date format, changed on demand.
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
              <Typography variant="body2" data-testid="log-at">
                {translate('phone.log.at_value', { at: formatDateTime(fromShanghaiInput(at)) })}
              </Typography>
              <Button onClick={() => setEditingAt(true)} sx={{ ...TOUCH, whiteSpace: 'nowrap' }}>
                {translate('phone.log.change_time')}
              </Button>
            </Box>
          )}
          <Box>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
              {next ? translate('phone.log.next_value', { at: formatDateTime(next) }) : translate('phone.log.next')}
            </Typography>
            <Box role="radiogroup" aria-label={translate('phone.log.next')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {([null, ...FOLLOW_UP_STEPS] as (FollowUpStep | null)[]).map((s) => (
                <Button
                  key={s ?? 'none'}
                  role="radio"
                  aria-checked={step === s}
                  variant={step === s ? 'contained' : 'outlined'}
                  onClick={() => setStep(s)}
                  sx={{ ...TOUCH, flex: '1 1 auto', minWidth: 56, px: 1, whiteSpace: 'nowrap', textTransform: 'none', fontSize: 15 }}
                >
                  {translate(s ? `phone.log.plus_${s}` : 'phone.log.next_none')}
                </Button>
              ))}
            </Box>
          </Box>
          <Button variant="contained" size="large" onClick={save} disabled={saving} sx={{ minHeight: 48 }} data-testid="log-save">
            {translate('phone.log.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
