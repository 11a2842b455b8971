import FlagIcon from '@mui/icons-material/Flag';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: FlagIcon,
  recordRepresentation: (r: RaRecord) => `${r.metric} ${r.year}`,
};
