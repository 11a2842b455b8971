import { Card, CardContent, Link as MuiLink, Typography } from '@mui/material';
import type { DragEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { STAGE_COLORS } from '../config/domain';
import { formatDateTime, formatMoney } from '../lib/format';
import type { TargetCard } from '../providers/dataProvider';

export const DRAG_TYPE = 'application/x-crm-target';

export function KanbanCard({ card, draggable, onDragStart }: { card: TargetCard; draggable: boolean; onDragStart: (card: TargetCard) => void }) {
  const translate = useTranslate();
  const overdue = !!card.nextFollowUpAt && new Date(card.nextFollowUpAt).getTime() < Date.now();
  const start = (e: DragEvent) => {
    e.dataTransfer.setData(DRAG_TYPE, String(card.id));
    e.dataTransfer.setData('text/plain', String(card.id));
    e.dataTransfer.effectAllowed = 'move';
    onDragStart(card);
  };
  return (
    <Card
      variant="outlined"
      draggable={draggable}
      onDragStart={draggable ? start : undefined}
      data-testid={`kanban-card-${card.id}`}
      data-stage={card.stage}
      sx={{ mb: 1, cursor: draggable ? 'grab' : 'default', borderLeft: `4px solid ${STAGE_COLORS[card.stage]}` }}
    >
      <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
        <MuiLink component={Link} to={`/targets/${card.id}/show`} underline="hover" sx={{ fontWeight: "bold" }} draggable={false}>
          {card.firmName}
        </MuiLink>
        <Typography variant="body2" color="text.secondary">
          {card.chainName} · {card.chainLinkName}
        </Typography>
        <Typography variant="body2">{formatMoney(card.expectedInvestment)}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {card.ownerName}
          {card.method ? ` · ${card.method}` : ''}
        </Typography>
        {card.nextFollowUpAt && (
          <Typography variant="caption" color={overdue ? 'error' : 'text.secondary'} component="div">
            {translate('crm.target.next_follow_up')}：{formatDateTime(card.nextFollowUpAt)}
            {overdue ? ` (${translate('crm.target.overdue')})` : ''}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
