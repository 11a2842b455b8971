import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { Cockpit } from './Cockpit';
import { useCockpitText } from './cockpitText';
import { MyTodo } from './MyTodo';
import { ProjectsOverview } from '../projects/ProjectsOverview';

/** The home page: the cockpit (驾驶舱) first, then the caller's own to-do list. */
export function Dashboard() {
  const t = useCockpitText();
  return (
    <Box sx={{ p: 2 }} data-testid="dashboard">
      <Title title={t('title')} />
      <Cockpit />
      <Box sx={{ mt: 2 }}>
        <ProjectsOverview />
      </Box>
      <Box sx={{ mt: 3 }}>
        <MyTodo />
      </Box>
    </Box>
  );
}

export default Dashboard;
