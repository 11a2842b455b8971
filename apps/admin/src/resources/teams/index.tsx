import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
