/** The transition rules are shared with the backoffice's board: libs/contracts owns them. */
export {
  checkStageFields,
  checkTransition,
  checkUndo,
  UNDO_WINDOW_MS,
  type UndoRequest,
  type UndoRule,
  moveNeeds,
  pausedFromAfter,
  unexpectedStageFields,
  type MoveNeeds,
  type StageFieldProblem,
  type StageFields,
  type TransitionRequest,
  type TransitionRule,
  type TransitionVerdict,
} from '@crm/contracts';
