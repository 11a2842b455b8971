import { apiJson } from '../providers/http';
import type { FirmClaim } from './claimRules';

export { claimMessage, type FirmClaim } from './claimRules';

export type ClaimRequestKind = 'transfer' | 'joint';
export type ClaimRequestState = 'pending' | 'granted' | 'refused';

export interface ClaimRequest {
  id: number;
  firmId: number;
  firmName: string;
  kind: ClaimRequestKind;
  state: ClaimRequestState;
  requesterName: string;
  reason: string;
  firstClaimedOn: string | null;
  holderName: string | null;
  version: number;
  canDecide: boolean;
}

export const claimKey = (firmId: unknown) => ['firm-claim', String(firmId)];
export const fetchClaim = (firmId: unknown) => apiJson<FirmClaim>(`/firms/${firmId}/claim`);
export const requestClaim = (firmId: unknown, kind: ClaimRequestKind, reason: string) =>
  apiJson<ClaimRequest>('/claim-requests', { method: 'POST', body: { firmId, kind, reason } });
export const decideClaim = (r: ClaimRequest, grant: boolean, note: string) =>
  apiJson<ClaimRequest>(`/claim-requests/${r.id}/decision`, { method: 'POST', body: { grant, note: note.trim() || undefined, version: r.version } });
