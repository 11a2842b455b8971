import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { STAGES, type Stage } from '../../config/domain';
import { moveNeeds, needsDialog } from '../../pipeline/moveModel';
import { TransitionDialog, type PendingMove } from '../../pipeline/TransitionDialog';
import { useMoveTarget } from '../../pipeline/useMoveTarget';
import type { TargetCard } from '../../providers/dataProvider';

/** Change the stage from the target page: the same rules and dialog as a drop on the board. */
export function StageMoveButton() {
  const record = useRecordContext<TargetCard>();
  const translate = useTranslate();
  const move = useMoveTarget();
  const { canAccess } = useCanAccess({ action: 'transition', resource: 'targets' });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  if (!record || !canAccess) return null;
  const options = STAGES.filter((s) => moveNeeds(record.stage, s, record.pausedFromStage).allowed);
  if (!options.length) return null;
  const pick = async (to: Stage) => {
    setAnchor(null);
    if (needsDialog(moveNeeds(record.stage, to, record.pausedFromStage))) return setPending({ card: record, to });
    const outcome = await move(record, { to });
    if (!outcome.ok && 'askMore' in outcome) setPending({ card: record, to, errors: outcome.errors });
  };
  return (
    <>
      <Button size="small" onClick={(e) => setAnchor(e.currentTarget)}>
        {translate('crm.target.move')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {options.map((s) => (
          <MenuItem key={s} onClick={() => pick(s)}>
            {translate(`crm.stage.${s}`)}
          </MenuItem>
        ))}
      </Menu>
      <TransitionDialog pending={pending} onClose={() => setPending(null)} />
    </>
  );
}
