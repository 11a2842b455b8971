import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  icon: NotificationsIcon,
  recordRepresentation: 'title',
};
