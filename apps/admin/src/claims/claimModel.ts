import { apiJson } from '../providers/http';
import type { ClaimRequestKind, ClaimRequestShape, FirmClaim } from '@crm/contracts';

export { claimMessage, type FirmClaim } from './claimRules';

export type { ClaimRequestKind, ClaimRequestState } from '@crm/contracts';
/** A request as the API answers it (dates as ISO strings). */
export type ClaimRequest = ClaimRequestShape;

export const claimKey = (firmId: unknown) => ['firm-claim', String(firmId)];
export const fetchClaim = (firmId: unknown) => apiJson<FirmClaim>(`/firms/${firmId}/claim`);
export const requestClaim = (firmId: unknown, kind: ClaimRequestKind, reason: string) =>
  apiJson<ClaimRequest>('/claim-requests', { method: 'POST', body: { firmId, kind, reason } });
export const decideClaim = (r: ClaimRequest, grant: boolean, note: string) =>
  apiJson<ClaimRequest>(`/claim-requests/${r.id}/decision`, { method: 'POST', body: { grant, note: note.trim() || undefined, version: r.version } });
