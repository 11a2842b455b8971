import { Alert, Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { Loading, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { ASIDE_STAGES, BOARD_PAGE, FORWARD_STAGES, type Stage } from '../config/domain';
import { lazyModule } from '../lib/lazyModule';
import type { BoardColumn, BoardFilters as Filters, CrmDataProvider, TargetCard } from '../providers/dataProvider';
import { BoardFilters } from './BoardFilters';
import { arrivedBoard, boardFirstPage } from './boardPrefetch';
import { KanbanColumn } from './KanbanColumn';
import { moveNeeds, needsDialog } from './moveModel';
import type { PendingMove } from './TransitionDialog';
import { UndoBar, type UndoableMove } from './UndoBar';
import { useMoveTarget } from './useMoveTarget';

// The dialog's form inputs (reference inputs, date pickers) load when a drag starts, not with the board.
const dialogModule = lazyModule(() => import('./TransitionDialog'));
// The export button (and its dialog) is not needed for the first paint of the board.
const PipelineWorkbookButton = lazy(() => import('../components/ReportButtons').then((m) => ({ default: m.PipelineWorkbookButton })));

function MoveDialog(props: { pending: PendingMove; onClose: (moved: boolean, target?: TargetCard) => void; quiet?: boolean }) {
  const dialog = dialogModule.useLoaded();
  return dialog ? <dialog.TransitionDialog {...props} /> : null;
}

const emptyColumn = (stage: Stage): BoardColumn => ({ stage, count: 0, sumExpectedInvestment: 0, sumInvestment: 0, offset: 0, cards: [] });

/** The pipeline board: 线索/接洽/签约/落地, with 暂缓/流失 aside. One request per drop. */
export function KanbanPage() {
  const dp = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const move = useMoveTarget();
  const { canAccess: canMove = false } = useCanAccess({ action: 'transition', resource: 'pipeline' });
  const [filters, setFilters] = useState<Filters>({});
  // Pages fetched with "load more", tied to the board response they extend (a refetch starts over).
  const [more, setMore] = useState<{ board: number; byStage: Partial<Record<Stage, TargetCard[]>> }>({ board: 0, byStage: {} });
  const [loadingMore, setLoadingMore] = useState<Stage | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [undoable, setUndoable] = useState<UndoableMove | null>(null);
  const dragged = useRef<TargetCard | null>(null);

  const {
    data: columns,
    isPending,
    error,
    dataUpdatedAt,
  } = useQuery({
    queryKey: ['pipeline', 'board', filters],
    queryFn: () => boardFirstPage(filters, () => dp.board(filters, BOARD_PAGE)),
    placeholderData: () => arrivedBoard(filters),
  });
  const extra = more.board === dataUpdatedAt ? more.byStage : {};
  const column = (stage: Stage) => columns?.find((c) => c.stage === stage) ?? emptyColumn(stage);

  const changeFilters = useCallback((f: Filters) => setFilters(f), []);

  const loadMore = async (stage: Stage, offset: number) => {
    setLoadingMore(stage);
    try {
      const page = await dp.boardColumn(stage, filters, offset, BOARD_PAGE);
      setMore((m) => {
        const byStage = m.board === dataUpdatedAt ? m.byStage : {};
        return { board: dataUpdatedAt, byStage: { ...byStage, [stage]: [...(byStage[stage] ?? []), ...page] } };
      });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setLoadingMore(null);
    }
  };

  const accepts = (to: Stage) => {
    const card = dragged.current;
    return !card || moveNeeds(card.stage, to, card.pausedFromStage).allowed;
  };

  /** A move from a drop or the card's menu: straight to the API, or through the dialog when it needs more. */
  const moveCard = async (card: TargetCard, to: Stage) => {
    if (card.stage === to) return;
    const needs = moveNeeds(card.stage, to, card.pausedFromStage);
    if (!needs.allowed) return;
    if (needsDialog(needs)) return setPending({ card, to });
    const outcome = await move(card, { to }, { quiet: true });
    if (outcome.ok) setUndoable({ moved: outcome.target, from: card.stage, to, at: Date.now() });
    else if ('askMore' in outcome) setPending({ card, to, errors: outcome.errors });
  };

  const drop = async (to: Stage) => {
    const card = dragged.current;
    dragged.current = null;
    if (card) await moveCard(card, to);
  };

  const render = (stage: Stage) => (
    <KanbanColumn
      key={stage}
      column={column(stage)}
      more={extra[stage] ?? []}
      loadingMore={loadingMore === stage}
      onLoadMore={loadMore}
      canMove={canMove}
      accepts={accepts}
      onDragStart={(c) => {
        dragged.current = c;
        void dialogModule.load().catch(() => undefined);
      }}
      onDrop={drop}
      onMove={moveCard}
    />
  );

  return (
    <Box sx={{ p: 2 }} data-testid="kanban">
      <Title title={translate('crm.pipeline.title')} />
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
        <BoardFilters value={filters} onChange={changeFilters} />
        <Suspense fallback={null}>
          <PipelineWorkbookButton filters={filters} />
        </Suspense>
      </Box>
      {!canMove && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('crm.pipeline.read_only')}
        </Alert>
      )}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending ? (
        <Loading />
      ) : (
        // Four stage columns and the 暂缓/流失 stack share the width on a laptop (1366 px and up, no
        // page-level scroll); on a narrow screen the board scrolls inside itself.
        <Box
          data-testid="kanban-grid"
          sx={{
            display: 'grid',
            gap: 1.5,
            alignItems: 'start',
            gridTemplateColumns: { xs: 'repeat(5, minmax(220px, 1fr))', md: 'repeat(4, minmax(0, 1fr)) minmax(0, 0.85fr)' },
            overflowX: { xs: 'auto', md: 'visible' },
            pb: 2,
          }}
        >
          {FORWARD_STAGES.map((s) => render(s))}
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, minWidth: 0 }}>
            <Typography variant="overline" color="text.secondary">
              {translate('crm.pipeline.aside')}
            </Typography>
            {ASIDE_STAGES.map((s) => render(s))}
          </Box>
        </Box>
      )}
      {pending && (
        <MoveDialog
          pending={pending}
          quiet
          onClose={(moved, target) => {
            if (moved && target) setUndoable({ moved: target, from: pending.card.stage, to: pending.to, at: Date.now() });
            setPending(null);
          }}
        />
      )}
      {undoable && <UndoBar key={undoable.at} move={undoable} onDone={() => setUndoable(null)} />}
    </Box>
  );
}
