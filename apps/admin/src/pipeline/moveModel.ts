import type { MoveNeeds } from '@crm/contracts';

/**
 * What a drop on the board needs before it can be sent: the API's own transition rule, from
 * libs/contracts (moveNeeds), so the board and the API cannot disagree. The API stays the judge.
 */
export { moveNeeds, type MoveNeeds } from '@crm/contracts';

/** A drop that can go straight to the API, without a dialog. */
export const needsDialog = (n: MoveNeeds): boolean => n.reason || n.signing || n.landing;

/** API rule codes that mean "ask the user for more", so the dialog opens instead of an error toast. */
export const isAskForMore = (code: string | undefined): boolean =>
  !!code && (code.startsWith('reason_required') || code.startsWith('signing_needs') || code.startsWith('landing_needs'));
