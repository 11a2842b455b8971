import { Card, CardContent, Chip, Grid, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../lib/format';
import { projectApi } from './projectApi';
import { usePunctuation } from '../lib/usePunctuation';

/** 我的待办 · 待办批示: open instructions assigned to the caller, soonest due first; a grid row of MyTodo. */
export function MyInstructions() {
  const translate = useTranslate();
  const p = usePunctuation();
  const { data = [] } = useQuery({ queryKey: ['instructions', 'mine'], queryFn: () => projectApi.instructions({ mine: true, state: 'open' }) });
  // Only when there is something to do: a full row of "nothing" would push the follow-ups down.
  if (!data.length) return null;
  return (
    <Grid size={{ xs: 12 }}>
      <Card data-testid="my-instructions">
        <CardContent>
          <Typography variant="h6">
            {translate('signing.instruction.mine')} ({data.length})
          </Typography>
          {data.length ? (
            <List dense>
              {data.slice(0, 10).map((i) => (
                <ListItemButton key={i.id} component={Link} to={`/targets/${i.targetId}/show`}>
                  <ListItemText
                    primary={`${i.firmName}${p.colon}${i.body}`}
                    secondary={`${i.authorName} · ${translate('signing.instruction.due', { due: formatDateTime(i.dueAt) })}`}
                    slotProps={{ primary: { noWrap: true } }}
                  />
                  {i.overdue && <Chip size="small" color="error" label={translate('signing.instruction.state.overdue')} />}
                </ListItemButton>
              ))}
            </List>
          ) : (
            <Typography color="text.secondary">{translate('signing.instruction.none_mine')}</Typography>
          )}
        </CardContent>
      </Card>
    </Grid>
  );
}
