import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { AutocompleteInput, DateInput, Form, NumberInput, ReferenceInput, required, SaveButton, TextInput, useTranslate } from 'react-admin';
import type { Stage } from '../config/domain';
import { shanghaiToday } from '../lib/format';
import type { TargetCard } from '../providers/dataProvider';
import { moveNeeds, type MoveNeeds } from './moveModel';
import { useMoveTarget } from './useMoveTarget';

export interface PendingMove {
  card: TargetCard;
  to: Stage;
  /** Field errors from an earlier attempt the API refused for want of a reason or stage fields. */
  errors?: Record<string, unknown>;
}

const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));

/** Asks for what a move needs (reason; signing figures; landing carrier, area, date) and sends it. */
export function TransitionDialog({
  pending,
  onClose,
  quiet,
}: {
  pending: PendingMove | null;
  onClose: (moved: boolean, target?: TargetCard) => void;
  quiet?: boolean;
}) {
  const translate = useTranslate();
  const move = useMoveTarget();
  if (!pending) return null;
  const { card, to } = pending;
  const needs: MoveNeeds = moveNeeds(card.stage, to, card.pausedFromStage);
  const askReason = needs.reason || !!pending.errors?.reason;

  const submit = async (values: Record<string, unknown>) => {
    const outcome = await move(
      card,
      {
        to,
        reason: (values.reason as string) || undefined,
        ...(needs.signing || needs.landing
          ? {
              signedInvestment: num(values.signedInvestment),
              signedOutput: num(values.signedOutput),
              signedJobs: num(values.signedJobs),
              signedSpace: num(values.signedSpace),
              signedOn: needs.signing || card.stage !== 'signed' ? (values.signedOn as string) || undefined : undefined,
            }
          : {}),
        ...(needs.landing ? { carrierId: num(values.carrierId), area: num(values.area), landedOn: (values.landedOn as string) || undefined } : {}),
      },
      { quiet },
    );
    if (outcome.ok) onClose(true, outcome.target);
    else if ('conflict' in outcome) onClose(false);
    else if ('askMore' in outcome) return outcome.errors;
    return undefined;
  };

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm" aria-labelledby="transition-title">
      <Form onSubmit={submit} defaultValues={{ landedOn: shanghaiToday(), signedOn: shanghaiToday() }} resource="targets">
        <DialogTitle id="transition-title">
          {translate('crm.pipeline.move_title', { firm: card.firmName, from: translate(`crm.stage.${card.stage}`), to: translate(`crm.stage.${to}`) })}
        </DialogTitle>
        <DialogContent>
          {askReason && (
            <TextInput
              source="reason"
              label="crm.pipeline.reason"
              helperText="crm.pipeline.reason_needed"
              validate={required()}
              multiline
              fullWidth
              minRows={2}
            />
          )}
          {(needs.signing || (needs.landing && card.stage !== 'signed')) && (
            <>
              {/* a jump to 落地 that skips 签约 records the signing figures too (the API refuses it otherwise) */}
              <NumberInput source="signedInvestment" label="crm.pipeline.signed_investment" validate={required()} min={0} fullWidth />
              <DateInput source="signedOn" label="chainkpi.target.signed_at" validate={required()} fullWidth />
              <NumberInput source="signedOutput" label="crm.pipeline.signed_output" min={0} fullWidth />
              <NumberInput source="signedJobs" label="crm.pipeline.signed_jobs" min={0} fullWidth />
              <NumberInput source="signedSpace" label="crm.pipeline.signed_space" min={0} fullWidth />
            </>
          )}
          {needs.landing && (
            <>
              <ReferenceInput source="carrierId" reference="carriers">
                <AutocompleteInput optionText="name" label="crm.pipeline.carrier" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
              </ReferenceInput>
              <NumberInput source="area" label="crm.pipeline.area" validate={required()} min={0} fullWidth />
              <DateInput source="landedOn" label="crm.pipeline.landing_date" validate={required()} fullWidth />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="ra.action.confirm" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
