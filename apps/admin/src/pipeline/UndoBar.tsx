import { Button, Snackbar } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { Stage } from '../config/domain';
import type { TargetCard } from '../providers/dataProvider';
import { useMoveTarget } from './useMoveTarget';

/** How long the board offers to take a move back (the API allows a minute). */
export const UNDO_MS = 10_000;

export interface UndoableMove {
  /** The target as the move left it (its new version). */
  moved: TargetCard;
  from: Stage;
  to: Stage;
  at: number;
}

/** "已移到签约 · 撤销" for 10 s after a move: 撤销 moves the card back, recorded as a move with reason 撤销. */
export function UndoBar({ move, onDone }: { move: UndoableMove; onDone: () => void }) {
  const translate = useTranslate();
  const moveTarget = useMoveTarget();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    const outcome = await moveTarget(move.moved, { to: move.from, undo: true }, { quiet: true });
    setBusy(false);
    onDone();
    if (outcome.ok) notify('home.board.undone', { type: 'info', messageArgs: { to: translate(`crm.stage.${move.from}`) } });
  };
  return (
    <Snackbar
      open
      autoHideDuration={UNDO_MS}
      onClose={(_, reason) => reason !== 'clickaway' && onDone()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      message={translate('crm.pipeline.moved', { to: translate(`crm.stage.${move.to}`) })}
      data-testid="undo-bar"
      action={
        <Button color="secondary" size="small" onClick={undo} disabled={busy} data-testid="undo-move">
          {translate('home.board.undo')}
        </Button>
      }
    />
  );
}
