import { describe, expect, it } from '@jest/globals';
import { claimMessage, type FirmClaim } from './claimRules';

const c = (o: Partial<FirmClaim>): FirmClaim => ({
  firmId: 1,
  claimed: true,
  mine: false,
  joint: false,
  firstClaimedOn: '2026-03-02',
  pendingRequestId: null,
  ...o,
});

describe('claimMessage', () => {
  it.each<[string, FirmClaim, string, boolean]>([
    ['nobody pursues it', c({ claimed: false, firstClaimedOn: null }), 'claims.unclaimed', false],
    ['my team holds it', c({ mine: true }), 'claims.mine', false],
    ['granted joint pursuit', c({ joint: true }), 'claims.joint', false],
    ['another team holds it', c({}), 'claims.theirs', true],
    ['another team holds it, my request pending', c({ pendingRequestId: 7 }), 'claims.theirs', false],
  ])('%s', (_case, claim, key, canAsk) => {
    expect(claimMessage(claim)).toEqual({ key, canAsk });
  });
});
