import { Box, Button, Card, CardActionArea, CardContent, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { BOARD_PAGE, STAGES, type Stage } from '../config/domain';
import { formatDateTime, formatMoney } from '../lib/format';
import type { CrmDataProvider, TargetCard } from '../providers/dataProvider';
import { PhoneStageAction } from './PhoneStageAction';

function StageCard({ card }: { card: TargetCard }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="phone-card" data-target-id={card.id}>
      <CardActionArea component={Link} to={`/targets/${card.id}/show`} sx={{ minHeight: 44 }}>
        <CardContent sx={{ pb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, overflowWrap: 'anywhere', lineHeight: 1.3 }}>
            {card.firmName}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {[card.chainLinkName, card.ownerName].filter(Boolean).join(' · ')}
          </Typography>
          <Typography variant="body2">
            {[
              card.expectedInvestment != null ? formatMoney(card.expectedInvestment) : null,
              card.nextFollowUpAt ? `${translate('phone.target.next_follow_up')} ${formatDateTime(card.nextFollowUpAt)}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </CardContent>
      </CardActionArea>
      <Box sx={{ px: 2, pb: 1.5 }}>
        <PhoneStageAction card={card} fullWidth />
      </Box>
    </Card>
  );
}

/** The board on a phone: one tab per stage (with its count), the stage's targets as a list, 变更阶段 on each card. */
export function PhoneBoard() {
  const dp = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const [stage, setStage] = useState<Stage>('lead');
  const [extra, setExtra] = useState<Partial<Record<Stage, TargetCard[]>>>({});
  const { data: columns, isPending, dataUpdatedAt } = useQuery({ queryKey: ['pipeline', 'phone-board'], queryFn: () => dp.board({}, BOARD_PAGE) });
  const [extraFor, setExtraFor] = useState(0);
  const column = columns?.find((c) => c.stage === stage);
  const more = extraFor === dataUpdatedAt ? (extra[stage] ?? []) : [];
  const cards = [...(column?.cards ?? []), ...more];

  const loadMore = async () => {
    const next = await dp.boardColumn(stage, {}, cards.length, BOARD_PAGE);
    setExtra((e) => ({ ...(extraFor === dataUpdatedAt ? e : {}), [stage]: [...more, ...next] }));
    setExtraFor(dataUpdatedAt);
  };

  return (
    <Box data-testid="phone-board">
      <Title title={translate('phone.board.title')} />
      <Tabs
        value={stage}
        onChange={(_, s: Stage) => setStage(s)}
        variant="scrollable"
        scrollButtons={false}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper', position: 'sticky', top: 0, zIndex: 1 }}
      >
        {STAGES.map((s) => {
          const count = columns?.find((c) => c.stage === s)?.count;
          return (
            <Tab
              key={s}
              value={s}
              label={`${translate(`crm.stage.${s}`)}${count === undefined ? '' : ` ${count}`}`}
              sx={{ minHeight: 48, minWidth: 72, px: 1.5 }}
              data-testid={`stage-tab-${s}`}
            />
          );
        })}
      </Tabs>
      {isPending ? (
        <Loading />
      ) : (
        <Box sx={{ p: 1.5, display: 'grid', gap: 1.5 }}>
          {column && column.count > 0 && (
            <Typography variant="body2" color="text.secondary">
              {translate('phone.board.count', { count: column.count })} · {formatMoney(column.sumExpectedInvestment)}
            </Typography>
          )}
          {cards.length === 0 && <Typography color="text.secondary">{translate('phone.board.empty')}</Typography>}
          {cards.map((c) => (
            <StageCard key={c.id} card={c} />
          ))}
          {column && cards.length < column.count && (
            <Button variant="outlined" onClick={() => void loadMore()} sx={{ minHeight: 44 }}>
              {translate('phone.board.more')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
