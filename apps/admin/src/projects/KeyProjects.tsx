import { Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../lib/format';
import { projectApi } from './projectApi';
import { usePunctuation } from '../lib/usePunctuation';

/** 重点项目: overdue milestones (reddest first) and open 批示 (soonest due first), each leading to its project. */
export function KeyProjects() {
  const translate = useTranslate();
  const p = usePunctuation();
  const { data = [] } = useQuery({ queryKey: ['cockpit', 'key-projects'], queryFn: () => projectApi.keyProjects() });
  return (
    <Card data-testid="key-projects">
      <CardContent>
        <Typography variant="h6">
          {translate('signing.key_projects.title')}
          {p.paren(data.length)}
        </Typography>
        {data.length ? (
          <List dense>
            {data.slice(0, 20).map((k) => (
              <ListItemButton key={`${k.reason}-${k.targetId}-${k.milestoneKind ?? k.instructionId}`} component={Link} to={`/targets/${k.targetId}/show`}>
                <ListItemText
                  primary={`${k.firmName} · ${k.chainName} · ${k.ownerName}`}
                  secondary={
                    k.reason === 'milestone'
                      ? translate('signing.key_projects.milestone', {
                          milestone: translate(`signing.milestone.${k.milestoneKind}`),
                          planned: k.plannedOn,
                          days: k.daysLate,
                        })
                      : translate('signing.key_projects.instruction', { body: k.instructionBody, assignee: k.assigneeName, due: formatDateTime(k.dueAt) })
                  }
                />
                <Chip
                  size="small"
                  color={k.light === 'red' || k.overdue ? 'error' : 'warning'}
                  label={
                    k.reason === 'milestone' ? translate(`signing.light.${k.light}`) : translate(`signing.instruction.state.${k.overdue ? 'overdue' : 'open'}`)
                  }
                />
              </ListItemButton>
            ))}
          </List>
        ) : (
          <Typography color="text.secondary">{translate('signing.key_projects.empty')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
