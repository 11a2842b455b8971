import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** On a signed or landed board card: straight to the target's 项目推进 panel. */
export function ProjectChip({ targetId, stage }: { targetId: number | string; stage: string }) {
  const translate = useTranslate();
  if (stage !== 'signed' && stage !== 'landed') return null;
  return (
    <Chip
      size="small"
      color="primary"
      variant="outlined"
      icon={<AssignmentTurnedInIcon />}
      label={translate('signing.project.title')}
      component={Link}
      to={`/targets/${targetId}/show?section=project`}
      clickable
      draggable={false}
      data-testid={`kanban-project-${targetId}`}
    />
  );
}
