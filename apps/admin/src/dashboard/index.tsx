import { Box, Grid } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../config/domain';
import { AdminHome } from '../home/AdminHome';
import { ChainHome } from '../home/ChainHome';
import { CockpitView } from '../home/CockpitPage';
import { TodoPanel } from '../home/TodoPanel';
import { MyInstructions } from '../projects/MyInstructions';

/**
 * 工作台, a home per role: a promoter's to-do first (then their numbers, the cockpit in their own
 * scope); a chain manager's chains with their gaps, then their own to-do; a leader's cockpit; an
 * admin's failed reminders, imports and changes. The cockpit is one menu entry away for everyone.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 3, minWidth: 0 }} data-testid="dashboard" data-role={role}>
      <Title title={translate('crm.menu.dashboard')} />
      {role === 'leader' && <CockpitView />}
      {role === 'admin' && <AdminHome />}
      {role === 'chain_manager' && <ChainHome />}
      {(role === 'promoter' || role === 'chain_manager') && <TodoPanel />}
      {(role === 'promoter' || role === 'chain_manager') && (
        <Grid container spacing={2}>
          <MyInstructions />
        </Grid>
      )}
      {role === 'promoter' && <CockpitView />}
    </Box>
  );
}

export default Dashboard;
