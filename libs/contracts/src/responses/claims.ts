/** 首报首谈 (libs/claims): what the API answers about a firm's claim and about transfer/joint requests. */

export const CLAIM_REQUEST_KINDS = ['transfer', 'joint'] as const;
export type ClaimRequestKind = (typeof CLAIM_REQUEST_KINDS)[number];
export const CLAIM_REQUEST_STATES = ['pending', 'granted', 'refused'] as const;
export type ClaimRequestState = (typeof CLAIM_REQUEST_STATES)[number];

/** GET /api/firms/:id/claim: what anyone may know about a firm's claim (never who holds it). */
export interface FirmClaim {
  firmId: number;
  claimed: boolean;
  mine: boolean;
  joint: boolean;
  /** 首报 date, YYYY-MM-DD (Asia/Shanghai). */
  firstClaimedOn: string | null;
  pendingRequestId: number | null;
}

/** A transfer or joint-pursuit request (/api/claim-requests). `D` is Date on the server, string in JSON. */
export interface ClaimRequestShape<D = string> {
  id: number;
  firmId: number;
  firmName: string;
  kind: ClaimRequestKind;
  state: ClaimRequestState;
  requesterId: number;
  requesterName: string;
  reason: string;
  firstClaimedOn: string | null;
  /** Holder (team or person): shown only to those who decide. */
  holderName: string | null;
  decidedById: number | null;
  decidedByName: string | null;
  decidedAt: D | null;
  decisionNote: string | null;
  createdAt: D;
  version: number;
  canDecide: boolean;
}
