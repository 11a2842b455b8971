export { FilesPanel } from './FilesPanel';
