import { describe, expect, it } from '@jest/globals';
import { firstClaimVerdict, type Claimant, type HoldingTarget, type JointGrants } from './first-claim.rules';

const at = new Date('2026-03-02T02:00:00Z');
const team1A: Claimant = { userId: 1, teamId: 1 };
const team1B: Claimant = { userId: 2, teamId: 1 };
const team2: Claimant = { userId: 3, teamId: 2 };
const solo9: Claimant = { userId: 9, teamId: null };
const solo8: Claimant = { userId: 8, teamId: null };
const held = (owner: Claimant): HoldingTarget => ({ owner, createdAt: at });
const none: JointGrants = { teamIds: [], userIds: [] };

describe('firstClaimVerdict', () => {
  it.each<[string, Claimant, HoldingTarget | null, JointGrants, string]>([
    ['nobody pursues the firm', team2, null, none, 'unclaimed'],
    ['the owner is the holder', team1A, held(team1A), none, 'holder'],
    ['a teammate of the holder', team1B, held(team1A), none, 'holder'],
    ['another team', team2, held(team1A), none, 'refused'],
    ['another team granted joint pursuit', team2, held(team1A), { teamIds: [2], userIds: [] }, 'joint'],
    ['a team-less user against a team', solo9, held(team1A), none, 'refused'],
    ['a team against a team-less holder', team2, held(solo9), none, 'refused'],
    ['the team-less holder himself', solo9, held(solo9), none, 'holder'],
    ['another team-less user', solo8, held(solo9), none, 'refused'],
    ['a team-less user granted joint pursuit', solo8, held(solo9), { teamIds: [], userIds: [8] }, 'joint'],
    ['a joint grant to a user id does not cover his team', team2, held(team1A), { teamIds: [], userIds: [3] }, 'refused'],
  ])('%s', (_case, owner, holding, joint, expected) => {
    const v = firstClaimVerdict(owner, holding, joint);
    expect(v.allowed ? v.reason : 'refused').toBe(expected);
    if (!v.allowed) expect(v.firstClaimedAt).toBe(at);
  });
});
