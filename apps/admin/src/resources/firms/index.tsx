import BusinessIcon from '@mui/icons-material/Business';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
