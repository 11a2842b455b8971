/** Chain vocabulary shared by the API and the backoffice. */
export const LINK_ACTIONS = ['强链', '补链', '延链', '建链', '优链'] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

export const LINK_POSITIONS = ['upstream', 'midstream', 'downstream', 'sub-domain'] as const;
export type LinkPosition = (typeof LINK_POSITIONS)[number];

/**
 * A link's coverage level, best to worst (the rule that assigns it is libs/chain-map/src/coverage.rules.ts):
 * 已落地 landed, 本地企业 local, 在谈 in_progress, 仅线索 lead_only, 缺口 gap.
 */
export const COVERAGE_LEVELS = ['landed', 'local', 'in_progress', 'lead_only', 'gap'] as const;
export type Coverage = (typeof COVERAGE_LEVELS)[number];
