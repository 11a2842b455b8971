import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
