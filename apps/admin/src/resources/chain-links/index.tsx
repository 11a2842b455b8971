import LinkIcon from '@mui/icons-material/Link';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: LinkIcon,
  recordRepresentation: 'name',
};
