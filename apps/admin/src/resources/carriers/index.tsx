import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
