import AccountTreeIcon from '@mui/icons-material/AccountTree';
import DomainAddIcon from '@mui/icons-material/DomainAdd';
import InsightsIcon from '@mui/icons-material/Insights';
import MergeTypeIcon from '@mui/icons-material/MergeType';
import TuneIcon from '@mui/icons-material/Tune';
import SpeedIcon from '@mui/icons-material/Speed';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../config/domain';
import { can } from '../lib/permissions';
import { MENU_RESOURCES } from '../resources/registry';

/** Only the screens the caller's role may open: a promoter never sees users or teams. */
export function Menu() {
  const { permissions: role } = usePermissions<Role>();
  const translate = useTranslate();
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText={translate('crm.menu.dashboard')} />
      <RaMenu.Item to="/cockpit" primaryText={translate('home.menu.cockpit')} leftIcon={<SpeedIcon />} />
      {can(role, 'list', 'pipeline') && <RaMenu.Item to="/pipeline" primaryText={translate('crm.menu.pipeline')} leftIcon={<ViewKanbanIcon />} />}
      {can(role, 'list', 'chain-map') && <RaMenu.Item to="/chain-map" primaryText={translate('crm.menu.chain_map')} leftIcon={<AccountTreeIcon />} />}
      {can(role, 'list', 'gaps') && <RaMenu.Item to="/gaps" primaryText={translate('chainkpi.menu.gaps')} leftIcon={<ReportProblemIcon />} />}
      {can(role, 'list', 'kpis') && <RaMenu.Item to="/kpis" primaryText={translate('chainkpi.menu.kpis')} leftIcon={<InsightsIcon />} />}
      {can(role, 'create', 'imports') && <RaMenu.Item to="/import" primaryText={translate('excel.import.menu')} leftIcon={<UploadFileIcon />} />}
      {can(role, 'create', 'registry-imports') && (
        <RaMenu.Item to="/registry-import" primaryText={translate('pool.menu.import')} leftIcon={<DomainAddIcon />} />
      )}
      {can(role, 'list', 'firm-duplicates') && (
        <RaMenu.Item to="/firm-duplicates" primaryText={translate('pool.menu.duplicates')} leftIcon={<MergeTypeIcon />} />
      )}
      {can(role, 'edit', 'fit-weights') && <RaMenu.Item to="/fit-weights" primaryText={translate('fitweights.menu')} leftIcon={<TuneIcon />} />}
      {MENU_RESOURCES.filter((r) => can(role, 'list', r)).map((r) => (
        <RaMenu.ResourceItem key={r} name={r} />
      ))}
    </RaMenu>
  );
}
