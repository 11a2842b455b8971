import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import { lazyPage } from '../../components/lazyPage';

const list = () => import('./ReminderList');
const show = () => import('./ReminderShow');

/** Reminder monitoring for admins: what went to whom, when, and how each channel fared. */
export default {
  list: lazyPage(list, 'ReminderList'),
  show: lazyPage(show, 'ReminderShow'),
  icon: NotificationImportantIcon,
  recordRepresentation: 'title',
};
