import { Grid } from '@mui/material';
import { KeyProjects } from './KeyProjects';
import { RatesCard } from './RatesCard';

/** The cockpit's after-signing row: the four rates (with definitions) beside the 重点项目 list. */
export function ProjectsOverview() {
  return (
    <Grid container spacing={2} data-testid="projects-overview">
      <Grid size={{ xs: 12, lg: 7 }}>
        <RatesCard />
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <KeyProjects />
      </Grid>
    </Grid>
  );
}
