/**
 * 首报首谈 (first claim): the first team to register a firm as a target holds it. Pure rules, no I/O.
 *
 * A claimant is a team, or a single user when the owner belongs to no team. The holder is the
 * owner of the firm's earliest target that is still pursued (any stage but 流失): a team that lets
 * all its targets for the firm go to 流失 gives the claim up, and a granted transfer moves the
 * holding targets — and so the claim — to the new owner.
 */
export interface Claimant {
  userId: number;
  teamId: number | null;
}

export interface HoldingTarget {
  owner: Claimant;
  /** When the holding target was registered (its creation), shown as 首报 date. */
  createdAt: Date;
}

/** Teams and team-less users granted joint pursuit (联合跟进) of one firm. */
export interface JointGrants {
  teamIds: readonly number[];
  userIds: readonly number[];
}

export type ClaimVerdict = { allowed: true; reason: 'unclaimed' | 'holder' | 'joint' } | { allowed: false; firstClaimedAt: Date };

export function sameClaimant(a: Claimant, b: Claimant): boolean {
  return a.teamId !== null || b.teamId !== null ? a.teamId === b.teamId : a.userId === b.userId;
}

export function isJoint(owner: Claimant, joint: JointGrants): boolean {
  return owner.teamId !== null ? joint.teamIds.includes(owner.teamId) : joint.userIds.includes(owner.userId);
}

/** May a new target for the firm be owned by `owner`? */
export function firstClaimVerdict(owner: Claimant, holding: HoldingTarget | null, joint: JointGrants): ClaimVerdict {
  if (!holding) return { allowed: true, reason: 'unclaimed' };
  if (sameClaimant(owner, holding.owner)) return { allowed: true, reason: 'holder' };
  if (isJoint(owner, joint)) return { allowed: true, reason: 'joint' };
  return { allowed: false, firstClaimedAt: holding.createdAt };
}

export { CLAIM_REQUEST_KINDS, CLAIM_REQUEST_STATES, type ClaimRequestKind, type ClaimRequestState } from '@crm/contracts';
