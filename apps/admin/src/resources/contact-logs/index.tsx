import ChatIcon from '@mui/icons-material/Chat';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

export default {
  list: lazyPage(pages, 'list'),
  show: lazyPage(pages, 'show'),
  edit: lazyPage(pages, 'edit'),
  create: lazyPage(pages, 'create'),
  icon: ChatIcon,
  recordRepresentation: (r: RaRecord) => `${r.summary ?? ''}`.slice(0, 30),
};
