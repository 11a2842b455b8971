import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../components/lazyPage';
import { phoneScreens, responsive } from '../../mobile/responsive';

const list = () => import('./TargetList');
const show = () => import('./TargetShow');
const form = () => import('./TargetForm');

export default {
  list: lazyPage(list, 'TargetList'),
  show: responsive(lazyPage(show, 'TargetShow'), phoneScreens.target, 'PhoneTargetShow'),
  edit: lazyPage(form, 'TargetEdit'),
  create: lazyPage(form, 'TargetCreate'),
  icon: TrackChangesIcon,
  recordRepresentation: (r: RaRecord) => `${r.firmName ?? ''} · ${r.chainLinkName ?? ''}`,
};
