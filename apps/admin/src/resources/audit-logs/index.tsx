import HistoryIcon from '@mui/icons-material/History';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  icon: HistoryIcon,
};
