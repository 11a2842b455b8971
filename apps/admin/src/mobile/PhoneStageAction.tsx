import { Button, Drawer, List, ListItemButton, ListItemText, ListSubheader } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import { STAGES, type Stage } from '../config/domain';
import { moveNeeds, needsDialog } from '../pipeline/moveModel';
import { TransitionDialog, type PendingMove } from '../pipeline/TransitionDialog';
import { useMoveTarget } from '../pipeline/useMoveTarget';
import type { TargetCard } from '../providers/dataProvider';

/**
 * 变更阶段 on a phone: the stages this target may move to in a sheet from the bottom (thumb
 * reach), then the same rules and dialog as a drop on the desktop board.
 */
export function PhoneStageAction({ card, fullWidth }: { card: TargetCard; fullWidth?: boolean }) {
  const translate = useTranslate();
  const move = useMoveTarget();
  const { canAccess } = useCanAccess({ action: 'transition', resource: 'targets' });
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<PendingMove | null>(null);
  if (!canAccess) return null;
  const options = STAGES.filter((s) => moveNeeds(card.stage, s, card.pausedFromStage).allowed);
  if (!options.length) return null;
  const pick = async (to: Stage) => {
    setOpen(false);
    if (needsDialog(moveNeeds(card.stage, to, card.pausedFromStage))) return setPending({ card, to });
    const outcome = await move(card, { to });
    if (!outcome.ok && 'askMore' in outcome) setPending({ card, to, errors: outcome.errors });
  };
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} sx={{ minHeight: 44 }} fullWidth={fullWidth} data-testid="stage-action">
        {translate('crm.target.move')}
      </Button>
      <Drawer anchor="bottom" open={open} onClose={() => setOpen(false)}>
        <List subheader={<ListSubheader>{translate('phone.board.pick_stage')}</ListSubheader>} sx={{ pb: 2 }}>
          {options.map((s) => (
            <ListItemButton key={s} onClick={() => void pick(s)} sx={{ minHeight: 52 }}>
              <ListItemText primary={translate(`crm.stage.${s}`)} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <TransitionDialog pending={pending} onClose={() => setPending(null)} />
    </>
  );
}
