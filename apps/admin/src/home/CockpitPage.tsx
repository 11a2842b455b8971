import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { Cockpit } from '../dashboard/Cockpit';
import { useCockpitText } from '../dashboard/cockpitText';
import { ProjectsOverview } from '../projects/ProjectsOverview';

/** 驾驶舱: the leader's home, one menu entry away for everyone else. */
export function CockpitView() {
  return (
    <>
      <Cockpit />
      <Box sx={{ mt: 2 }}>
        <ProjectsOverview />
      </Box>
    </>
  );
}

export function CockpitPage() {
  const t = useCockpitText();
  return (
    <Box sx={{ p: 2 }} data-testid="cockpit-page">
      <Title title={t('title')} />
      <CockpitView />
    </Box>
  );
}
