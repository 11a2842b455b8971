export { DecideClaimButton } from './DecideClaimButton';
export { FirmClaimPanel } from './FirmClaimPanel';
