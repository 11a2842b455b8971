import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { lazyPage } from '../../components/lazyPage';

const pages = () => import('./pages');

/** 转交申请 (首报首谈). */
export default {
  list: lazyPage(pages, 'list'),
  icon: SwapHorizIcon,
  recordRepresentation: 'firmName',
};
