import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Box, Card, CardContent, Chip, IconButton, ListSubheader, Menu, MenuItem, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useState, type DragEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { STAGE_COLORS, STAGES, type Stage } from '../config/domain';
import { formatDateTime, formatMoney } from '../lib/format';
import type { TargetCard } from '../providers/dataProvider';
import { moveNeeds } from './moveModel';
import { ProjectChip } from '../projects/ProjectChip';

export const DRAG_TYPE = 'application/x-crm-target';

const STALE_COLOR = { yellow: 'warning', red: 'error' } as const;

/** 变更阶段 without dragging: the card's menu lists the stages it may move to. */
function CardMenu({ card, onMove }: { card: TargetCard; onMove: (card: TargetCard, to: Stage) => void }) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [stages, setStages] = useState(false);
  const close = () => {
    setAnchor(null);
    setStages(false);
  };
  const allowed = STAGES.filter((s) => moveNeeds(card.stage, s, card.pausedFromStage).allowed);
  if (!allowed.length) return null;
  return (
    <>
      <IconButton
        size="small"
        aria-label={translate('home.board.card_menu', { firm: card.firmName })}
        data-testid={`kanban-menu-${card.id}`}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ mt: -0.5, mr: -0.5 }}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close}>
        {!stages && <MenuItem onClick={() => setStages(true)}>{translate('crm.target.move')} →</MenuItem>}
        {stages && <ListSubheader sx={{ lineHeight: '32px' }}>{translate('crm.target.move')}</ListSubheader>}
        {stages &&
          allowed.map((s) => (
            <MenuItem
              key={s}
              onClick={() => {
                close();
                onMove(card, s);
              }}
            >
              {translate(`crm.stage.${s}`)}
            </MenuItem>
          ))}
      </Menu>
    </>
  );
}

/**
 * One target on the board: firm, chain link, the investment it stands for (signed once signed),
 * days in its stage, a yellow/red badge when it has gone quiet, and an overdue follow-up in red.
 */
export function KanbanCard({
  card,
  draggable,
  onDragStart,
  onMove,
}: {
  card: TargetCard;
  draggable: boolean;
  onDragStart: (card: TargetCard) => void;
  onMove: (card: TargetCard, to: Stage) => void;
}) {
  const translate = useTranslate();
  const overdue = !!card.nextFollowUpAt && new Date(card.nextFollowUpAt).getTime() < Date.now();
  const investment = card.investment;
  const stale = card.staleGrade === 'yellow' || card.staleGrade === 'red' ? card.staleGrade : null;
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
      sx={{ mb: 1, cursor: draggable ? 'grab' : 'default', borderLeft: `4px solid ${STAGE_COLORS[card.stage]}`, minWidth: 0 }}
    >
      <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 0.5 }}>
          <MuiLink
            component={Link}
            to={`/targets/${card.id}/show`}
            underline="hover"
            sx={{ fontWeight: 'bold', flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
            draggable={false}
          >
            {card.firmName}
          </MuiLink>
          {draggable && <CardMenu card={card} onMove={onMove} />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {card.chainName} · {card.chainLinkName}
        </Typography>
        <Typography variant="body2" data-testid={`kanban-investment-${card.id}`} data-kind={card.investmentKind ?? 'expected'}>
          {card.investmentKind === 'signed'
            ? translate('home.board.signed_amount', { amount: formatMoney(investment) })
            : translate('home.board.expected_amount', { amount: formatMoney(investment) })}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, my: 0.5 }}>
          <ProjectChip targetId={card.id} stage={card.stage} />
          {card.daysInStage !== undefined && (
            <Chip
              size="small"
              variant="outlined"
              label={translate('home.board.days_in_stage', { days: card.daysInStage })}
              data-testid={`kanban-days-${card.id}`}
            />
          )}
          {stale && (
            <Chip
              size="small"
              color={STALE_COLOR[stale]}
              label={translate(`home.board.stale_${stale}`, { days: card.daysIdle ?? 0 })}
              data-testid={`kanban-stale-${card.id}`}
              data-grade={stale}
            />
          )}
        </Box>
        <Typography variant="caption" color="text.secondary" component="div">
          {card.ownerName}
          {card.method ? ` · ${card.method}` : ''}
        </Typography>
        {card.nextFollowUpAt && (
          <Typography variant="caption" color={overdue ? 'error' : 'text.secondary'} component="div" sx={{ fontWeight: overdue ? 'bold' : undefined }}>
            {translate(overdue ? 'home.board.follow_up_overdue' : 'home.board.follow_up', { at: formatDateTime(card.nextFollowUpAt) })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
