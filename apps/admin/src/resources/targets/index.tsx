import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../components/lazyPage';

const list = () => import('./TargetList');
const show = () => import('./TargetShow');
const form = () => import('./TargetForm');

export default {
  list: lazyPage(list, 'TargetList'),
  show: lazyPage(show, 'TargetShow'),
  edit: lazyPage(form, 'TargetEdit'),
  create: lazyPage(form, 'TargetCreate'),
  icon: TrackChangesIcon,
  recordRepresentation: (r: RaRecord) => `${r.firmName ?? ''} · ${r.chainLinkName ?? ''}`,
};
