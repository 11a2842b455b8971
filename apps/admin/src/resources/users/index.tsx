import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
