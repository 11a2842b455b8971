import { canReadTarget, canWriteTarget, type TargetFacts, type UserContext } from '@crm/access';
import type { AuditChanges } from '@crm/audit';
import type { AuthUser } from '@crm/auth';

/** The fields that are personal data: hidden from those who may not see them, left out of exports. */
export const PERSONAL_FIELDS = ['phone', 'email', 'wechat', 'notes'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** What erasing a person blanks, in the row (deleted) and in every audit_log value of it. */
export const ERASED_FIELDS = ['name', 'title', ...PERSONAL_FIELDS] as const;
export const ERASED = '[已删除]';

/**
 * Who sees a person's phone, e-mail, WeChat and notes (by role; 个人信息保护法's "only
 * those who need it"). Everyone who reads the firm sees that the person exists (name, title).
 *
 * | role          | personal data                                              | add / edit / erase           |
 * | admin         | always                                                     | always                       |
 * | promoter      | the firm has a target they read (own or own team's), or    | same as personal data        |
 * |               | they are the person's "known by"                           |                              |
 * | chain_manager | the firm has a target in a chain they manage, or known by  | same as personal data        |
 * | leader        | only when known by them: leaders review the pipeline and   | never (leaders only read)    |
 * |               | do not call firms; they see names and titles               |                              |
 *
 * Adding a person to a firm needs a readable target on it, or a firm nobody pursues yet (the
 * adder is then "known by"): a promoter of another team cannot add persons to a firm another
 * team holds (首报首谈).
 */
export function canSeePersonalData(ctx: UserContext, person: { knownById: number | null }, firmTargets: readonly TargetFacts[]): boolean {
  const { user } = ctx;
  if (user.role === 'admin') return true;
  if (person.knownById === user.id) return true;
  if (user.role === 'leader') return false;
  return firmTargets.some((t) => canReadTarget(ctx, t));
}

export function canEditPerson(ctx: UserContext, person: { knownById: number | null }, firmTargets: readonly TargetFacts[]): boolean {
  if (ctx.user.role === 'leader') return false;
  return canSeePersonalData(ctx, person, firmTargets);
}

export function canAddPerson(ctx: UserContext, firmTargets: readonly TargetFacts[]): boolean {
  const { user } = ctx;
  if (user.role === 'admin') return true;
  if (user.role === 'leader') return false;
  return firmTargets.length === 0 || firmTargets.some((t) => canReadTarget(ctx, t) || canWriteTarget(ctx, t));
}

/** Blanks the personal values of a person with hidden data; `personalDataVisible` tells the UI why. */
export function maskPerson<T extends Record<PersonalField, unknown>>(person: T, visible: boolean): T & { personalDataVisible: boolean } {
  if (visible) return { ...person, personalDataVisible: true };
  const masked = { ...person, personalDataVisible: false };
  for (const f of PERSONAL_FIELDS) (masked as Record<string, unknown>)[f] = null;
  return masked;
}

/**
 * The field filter for exports (the Excel exports call it for any sheet that lists persons):
 * personal data only when an admin exports.
 */
export function exportablePersonFields(user: Pick<AuthUser, 'role'>): readonly string[] {
  const base = ['name', 'title', 'firmName', 'knownByName'];
  return user.role === 'admin' ? [...base, ...PERSONAL_FIELDS] : base;
}

export function personForExport<T extends Record<string, unknown>>(person: T, user: Pick<AuthUser, 'role'>): Partial<T> {
  const out: Record<string, unknown> = { ...person };
  if (user.role !== 'admin') for (const f of PERSONAL_FIELDS) delete out[f];
  delete out.personalDataVisible;
  return out as Partial<T>;
}

/** An audit row's changes with every erased field's values blanked (null stays null). */
export function redactChanges(changes: AuditChanges): AuditChanges {
  const out: AuditChanges = { ...changes };
  for (const f of ERASED_FIELDS) {
    const pair = out[f];
    if (pair) out[f] = [pair[0] === null ? null : ERASED, pair[1] === null ? null : ERASED];
  }
  return out;
}
