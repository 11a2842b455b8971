import { Box, Button, Paper, Typography } from '@mui/material';
import { useState, type DragEvent } from 'react';
import { useTranslate } from 'react-admin';
import { STAGE_COLORS, type Stage } from '../config/domain';
import { formatMoney } from '../lib/format';
import type { BoardColumn, TargetCard } from '../providers/dataProvider';
import { DRAG_TYPE, KanbanCard } from './KanbanCard';

interface Props {
  column: BoardColumn;
  /** Cards fetched with "load more" after the board's first page. */
  more: TargetCard[];
  loadingMore: boolean;
  onLoadMore: (stage: Stage, offset: number) => void;
  canMove: boolean;
  accepts: (to: Stage) => boolean;
  onDragStart: (card: TargetCard) => void;
  onDrop: (to: Stage) => void;
  onMove: (card: TargetCard, to: Stage) => void;
}

/**
 * One stage: header with count and the investment its cards show in total, cards, and paging
 * without a silent cap. As wide as the board's grid cell: no fixed width.
 */
export function KanbanColumn({ column, more, loadingMore, onLoadMore, canMove, accepts, onDragStart, onDrop, onMove }: Props) {
  const translate = useTranslate();
  const [over, setOver] = useState(false);
  const seen = new Set<string | number>();
  const cards = [...column.cards, ...more].filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
  const rest = Math.max(0, column.count - cards.length);
  const canDrop = canMove && accepts(column.stage);
  const dragOver = (e: DragEvent) => {
    if (!canDrop || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (canDrop) onDrop(column.stage);
  };
  return (
    <Paper
      data-testid={`kanban-column-${column.stage}`}
      onDragOver={dragOver}
      onDragEnter={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        minWidth: 0,
        p: 1,
        bgcolor: over ? 'action.hover' : 'grey.50',
        borderTop: `4px solid ${STAGE_COLORS[column.stage]}`,
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      <Box sx={{ mb: 1 }} data-testid={`kanban-header-${column.stage}`}>
        <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>
          {translate(`crm.stage.${column.stage}`)}{' '}
          <span data-testid={`kanban-count-${column.stage}`}>{translate('crm.pipeline.count', { count: column.count })}</span>
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid={`kanban-total-${column.stage}`}>
          {translate('home.board.total', { total: formatMoney(column.sumInvestment) })}
        </Typography>
      </Box>
      <Box sx={{ flex: 1, minHeight: 80 }}>
        {cards.map((card) => (
          <KanbanCard key={card.id} card={card} draggable={canMove} onDragStart={onDragStart} onMove={onMove} />
        ))}
        {!cards.length && (
          <Typography variant="body2" color="text.disabled" sx={{ textAlign: 'center', py: 2 }}>
            {translate(canDrop ? 'crm.pipeline.drop_here' : 'crm.pipeline.empty_column')}
          </Typography>
        )}
      </Box>
      {rest > 0 && (
        <Button size="small" disabled={loadingMore} onClick={() => onLoadMore(column.stage, cards.length)} data-testid={`kanban-more-${column.stage}`}>
          {translate('crm.pipeline.load_more', { rest })}
        </Button>
      )}
    </Paper>
  );
}
