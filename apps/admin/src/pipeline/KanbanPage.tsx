import { Alert, Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { Loading, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { ASIDE_STAGES, BOARD_PAGE, FORWARD_STAGES, type Stage } from '../config/domain';
import { lazyModule } from '../lib/lazyModule';
import type { BoardColumn, BoardFilters as Filters, CrmDataProvider, TargetCard } from '../providers/dataProvider';
import { BoardFilters } from './BoardFilters';
import { arrivedBoard, boardFirstPage } from './boardPrefetch';
import { KanbanColumn } from './KanbanColumn';
import { moveNeeds, needsDialog } from './moveModel';
import type { PendingMove } from './TransitionDialog';
import { useMoveTarget } from './useMoveTarget';

// The dialog's form inputs (reference inputs, date pickers) load when a drag starts, not with the board.
const dialogModule = lazyModule(() => import('./TransitionDialog'));

function MoveDialog(props: { pending: PendingMove; onClose: () => void }) {
  const dialog = dialogModule.useLoaded();
  return dialog ? <dialog.TransitionDialog {...props} /> : null;
}

const emptyColumn = (stage: Stage): BoardColumn => ({ stage, count: 0, sumExpectedInvestment: 0, offset: 0, cards: [] });

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
  const dragged = useRef<TargetCard | null>(null);

  const { data: columns, isPending, error, dataUpdatedAt } = useQuery({
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

  const drop = async (to: Stage) => {
    const card = dragged.current;
    dragged.current = null;
    if (!card || card.stage === to) return;
    const needs = moveNeeds(card.stage, to, card.pausedFromStage);
    if (!needs.allowed) return;
    if (needsDialog(needs)) return setPending({ card, to });
    const outcome = await move(card, { to });
    if (!outcome.ok && 'askMore' in outcome) setPending({ card, to, errors: outcome.errors });
  };

  const render = (stage: Stage, width?: number) => (
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
      width={width}
    />
  );

  return (
    <Box sx={{ p: 2 }} data-testid="kanban">
      <Title title={translate('crm.pipeline.title')} />
      <BoardFilters value={filters} onChange={changeFilters} />
      {!canMove && <Alert severity="info" sx={{ mb: 2 }}>{translate('crm.pipeline.read_only')}</Alert>}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending ? (
        <Loading />
      ) : (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', overflowX: 'auto', pb: 2 }}>
          {FORWARD_STAGES.map((s) => render(s))}
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Typography variant="overline" color="text.secondary">{translate('crm.pipeline.aside')}</Typography>
            {ASIDE_STAGES.map((s) => render(s, 220))}
          </Box>
        </Box>
      )}
      {pending && <MoveDialog pending={pending} onClose={() => setPending(null)} />}
    </Box>
  );
}
