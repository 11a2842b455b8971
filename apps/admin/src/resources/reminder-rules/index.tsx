import TuneIcon from '@mui/icons-material/Tune';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../components/lazyPage';

const list = () => import('./RuleList');
const edit = () => import('./RuleEdit');

/** Reminder settings (提醒规则) for admins: the defaults and each plan's own values. */
export default {
  list: lazyPage(list, 'RuleList'),
  edit: lazyPage(edit, 'RuleEdit'),
  icon: TuneIcon,
  recordRepresentation: (r: RaRecord) => r.planTitle ?? '—',
};
