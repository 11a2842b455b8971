/** Pure rules of the firm page's 首报首谈 panel (no I/O, unit-tested). */
/** What the API tells anyone about a firm's 首报首谈 claim (never who holds it). */
export interface FirmClaim {
  firmId: number;
  claimed: boolean;
  mine: boolean;
  joint: boolean;
  firstClaimedOn: string | null;
  pendingRequestId: number | null;
}

/** Which sentence the firm page shows. */
export function claimMessage(c: FirmClaim): { key: string; canAsk: boolean } {
  if (!c.claimed) return { key: 'claims.unclaimed', canAsk: false };
  if (c.mine) return { key: 'claims.mine', canAsk: false };
  if (c.joint) return { key: 'claims.joint', canAsk: false };
  return { key: 'claims.theirs', canAsk: c.pendingRequestId === null };
}
