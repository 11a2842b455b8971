import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  icon: AssignmentIcon,
  recordRepresentation: (r: RaRecord) => `${r.region} ${r.period}`,
};
