/** Pure rules of the firm page's 首报首谈 panel (no I/O, unit-tested). */
import type { FirmClaim } from '@crm/contracts';

export type { FirmClaim } from '@crm/contracts';

/** Which sentence the firm page shows. */
export function claimMessage(c: FirmClaim): { key: string; canAsk: boolean } {
  if (!c.claimed) return { key: 'claims.unclaimed', canAsk: false };
  if (c.mine) return { key: 'claims.mine', canAsk: false };
  if (c.joint) return { key: 'claims.joint', canAsk: false };
  return { key: 'claims.theirs', canAsk: c.pendingRequestId === null };
}
