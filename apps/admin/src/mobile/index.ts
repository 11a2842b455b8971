/** Phone screens, one lazy chunk: loaded only when the viewport is a phone's. */
export { PhoneBoard } from './PhoneBoard';
export { PhoneHome } from './PhoneHome';
export { PhoneTargetShow } from './PhoneTargetPage';
