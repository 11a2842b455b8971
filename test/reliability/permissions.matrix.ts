import type { MatrixFixtures, MatrixRecord } from './support/matrix-fixtures';

/**
 * Who may call what: every route of the app × every kind of caller, with the status class each
 * must get. A route the app registers without a row here fails the suite.
 *
 * Each expectation string has one column per actor, in this order:
 *
 *              anonymous  promoter  promoter2  chain  leader  admin
 *
 * `promoter` is team 1 and owns the `mine` record; `promoter2` is team 2 and owns `theirs`;
 * `chain` manages the chain of `mine` only; leaders read everything and change nothing.
 * Outcomes: 2xx, 401, 403, 404, or 4xx (past the permission check, refused for its input).
 * Hidden records answer 404 (as if missing), visible but not writable ones 403.
 */
export const ACTORS = ['anonymous', 'promoter', 'promoter2', 'chain', 'leader', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

export interface CellContext {
  fx: MatrixFixtures;
  rec: MatrixRecord;
  /** Reads as admin (to build bodies that need current state). */
  adminGet: (path: string) => Promise<unknown>;
}

export interface RouteRule {
  /** One expectation for routes without a record of their own… */
  all?: string;
  /** …or one per record: the promoter's (in the chain manager's chain) and promoter2's. */
  mine?: string;
  theirs?: string;
  params?: (c: CellContext) => Record<string, string | number> | Promise<Record<string, string | number>>;
  body?: (c: CellContext) => unknown | Promise<unknown>;
  query?: Record<string, string>;
  /** Changes data: every cell gets fresh fixtures. */
  writes?: boolean;
  /** Ends the caller's session (sign-out): each cell logs in anew and uses that token. */
  freshSession?: boolean;
}

const ALL_READ = '401 2xx 2xx 2xx 2xx 2xx';
const ADMIN_ONLY = '401 403 403 403 403 2xx';
const TARGET_READ_MINE = '401 2xx 404 2xx 2xx 2xx';
const TARGET_READ_THEIRS = '401 404 2xx 404 2xx 2xx';
const TARGET_WRITE_MINE = '401 2xx 404 2xx 403 2xx';
const TARGET_WRITE_THEIRS = '401 404 2xx 404 403 2xx';
const CHAIN_EDIT_MINE = '401 403 403 2xx 403 2xx';
const CHAIN_EDIT_THEIRS = '401 403 403 403 403 2xx';

const id = (n: number) => ({ id: n });
const target = (c: CellContext) => id(c.rec.targetId);
const soon = () => new Date(Date.now() + 86_400_000).toISOString();
const versionOf = async (c: CellContext, path: string) => ((await c.adminGet(path)) as { version: number }).version;
const u = () => Math.random().toString(36).slice(2, 8);

export const MATRIX: Record<string, RouteRule> = {
  // ── auth, health, audit ───────────────────────────────────────────────
  'GET /api/health': { all: '2xx 2xx 2xx 2xx 2xx 2xx' },
  'POST /api/auth/login': { all: '2xx 2xx 2xx 2xx 2xx 2xx', body: () => ({ username: 'leader', password: 'Demo@2025' }) },
  'GET /api/auth/me': { all: ALL_READ },
  // ── own account and revocable sessions (excel, issue 15/12) ───────────
  'POST /api/auth/logout': { all: ALL_READ, freshSession: true },
  // a wrong current password: past the permission check for everyone signed in, and changes nothing
  'GET /api/account': { all: ALL_READ },
  // a stale version: past the permission check for everyone signed in, and changes nothing
  'PUT /api/account': { all: '401 4xx 4xx 4xx 4xx 4xx', body: () => ({ version: 999_999, displayName: '矩阵' }) },
  'POST /api/account/test-message': { all: ALL_READ },
  'PUT /api/auth/password': { all: '401 4xx 4xx 4xx 4xx 4xx', body: () => ({ currentPassword: 'Not-the-password-1', newPassword: 'Matrix2026xy' }) },
  'GET /api/audit-logs': { all: ADMIN_ONLY },
  'GET /api/audit-logs/:id': { all: ADMIN_ONLY, params: async (c) => id(((await c.adminGet('/api/audit-logs')) as { id: number }[])[0].id) },

  // ── reference data ────────────────────────────────────────────────────
  'GET /api/plans': { all: ALL_READ },
  'GET /api/plans/:id': { all: ALL_READ, params: (c) => id(c.fx.planId) },
  'GET /api/chains': { all: ALL_READ },
  'GET /api/chains/:id': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.chainId) },
  'GET /api/chains/:id/map': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.chainId) },
  // ── chainkpi (issue 14): 缺口清单 across chains (gaps are a district fact, read by every role) ──
  'GET /api/chain-gaps': { all: ALL_READ },
  'POST /api/chains': { all: ADMIN_ONLY, writes: true, body: (c) => ({ planId: c.fx.planId, code: `m-${u()}`, name: `矩阵链${u()}`, kind: '重点方向' }) },
  'PUT /api/chains/:id': {
    mine: CHAIN_EDIT_MINE,
    theirs: CHAIN_EDIT_THEIRS,
    writes: true,
    params: (c) => id(c.rec.chainId),
    body: async (c) => ({ version: await versionOf(c, `/api/chains/${c.rec.chainId}`), description: '矩阵测试' }),
  },
  'DELETE /api/chains/:id': { all: ADMIN_ONLY, writes: true, params: (c) => id(c.fx.spareChainId) },
  'GET /api/chain-links': { all: ALL_READ },
  'GET /api/chain-links/:id': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.linkId) },
  'POST /api/chain-links': {
    mine: CHAIN_EDIT_MINE,
    theirs: CHAIN_EDIT_THEIRS,
    writes: true,
    body: (c) => ({ chainId: c.rec.chainId, code: `l-${u()}`, name: `矩阵环节${u()}`, position: 'midstream' }),
  },
  'PUT /api/chain-links/:id': {
    mine: CHAIN_EDIT_MINE,
    theirs: CHAIN_EDIT_THEIRS,
    writes: true,
    params: (c) => id(c.rec.linkId),
    body: async (c) => ({ version: await versionOf(c, `/api/chain-links/${c.rec.linkId}`), notes: '矩阵测试' }),
  },
  'DELETE /api/chain-links/:id': { mine: CHAIN_EDIT_MINE, theirs: CHAIN_EDIT_THEIRS, writes: true, params: (c) => id(c.rec.spareLinkId) },
  // ── 候选企业 (issue 18): every role reads a link's ranking; 加入招商目标 follows the target-create rules ──
  'GET /api/chain-links/:id/candidates': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.linkId) },
  'POST /api/chain-links/:id/candidates/targets': {
    mine: '401 2xx 2xx 2xx 403 2xx',
    theirs: '401 2xx 2xx 403 403 2xx',
    writes: true,
    params: (c) => id(c.rec.linkId),
    body: (c) => ({ firmIds: [c.fx.spareFirmId] }),
  },
  // the fit score's weights per plan: read by all (they explain the ranking), set by admins
  'GET /api/fit-weights': { all: ALL_READ },
  'GET /api/fit-weights/:id': { all: ALL_READ, params: (c) => id(c.fx.planId) },
  'PUT /api/fit-weights/:id': { all: ADMIN_ONLY, writes: true, params: (c) => id(c.fx.planId), body: () => ({ tags: 30 }) },
  'DELETE /api/fit-weights/:id': { all: ADMIN_ONLY, writes: true, params: (c) => id(c.fx.planId) },
  'GET /api/firms': { all: ALL_READ },
  'GET /api/firms/:id': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.firmId) },
  'POST /api/firms': { all: '401 2xx 2xx 2xx 403 2xx', writes: true, body: () => ({ name: `矩阵企业${u()}` }) },
  'PUT /api/firms/:id': {
    mine: '401 2xx 2xx 2xx 403 2xx',
    theirs: '401 2xx 2xx 2xx 403 2xx',
    writes: true,
    params: (c) => id(c.rec.firmId),
    body: async (c) => ({ version: await versionOf(c, `/api/firms/${c.rec.firmId}`), profile: '矩阵测试' }),
  },
  'DELETE /api/firms/:id': { all: ADMIN_ONLY, writes: true, params: (c) => id(c.fx.spareFirmId) },
  'GET /api/carriers': { all: ALL_READ },
  'GET /api/carriers/:id': { all: ALL_READ, params: (c) => id(c.fx.carrierId) },
  'POST /api/carriers': { all: ADMIN_ONLY, writes: true, body: () => ({ name: `矩阵载体${u()}`, type: 'building' }) },
  'PUT /api/carriers/:id': {
    all: ADMIN_ONLY,
    writes: true,
    params: (c) => id(c.fx.carrierId),
    body: async (c) => ({ version: await versionOf(c, `/api/carriers/${c.fx.carrierId}`), notes: '矩阵测试' }),
  },
  'DELETE /api/carriers/:id': { all: ADMIN_ONLY, writes: true, params: (c) => id(c.fx.carrierId) },
  'GET /api/kpi-targets': { all: ALL_READ },
  'GET /api/kpi-targets/:id': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.kpiId) },
  'POST /api/kpi-targets': {
    mine: CHAIN_EDIT_MINE,
    theirs: CHAIN_EDIT_THEIRS,
    writes: true,
    body: (c) => ({ planId: c.fx.planId, chainId: c.rec.chainId, metric: `矩阵指标${u()}`, unit: '家', year: 2027, value: 5 }),
  },
  'PUT /api/kpi-targets/:id': {
    mine: CHAIN_EDIT_MINE,
    theirs: CHAIN_EDIT_THEIRS,
    writes: true,
    params: (c) => id(c.rec.kpiId),
    body: async (c) => ({ version: await versionOf(c, `/api/kpi-targets/${c.rec.kpiId}`), value: 12 }),
  },
  'DELETE /api/kpi-targets/:id': { mine: CHAIN_EDIT_MINE, theirs: CHAIN_EDIT_THEIRS, writes: true, params: (c) => id(c.rec.kpiId) },

  // ── 首报首谈: claims and transfer / joint requests (issue 18) ─────────
  // `mine`'s firm is held by promoter (team 1) and requested by promoter2; `theirs` the other way round.
  'GET /api/firms/:id/claim': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.firmId) },
  'GET /api/claim-requests': { all: ALL_READ },
  'GET /api/claim-requests/:id': { mine: '401 404 2xx 2xx 2xx 2xx', theirs: '401 2xx 404 404 2xx 2xx', params: (c) => id(c.rec.claimRequestId) },
  // the holder asking for its own firm and a second pending request are refused for their input (4xx)
  'POST /api/claim-requests': {
    mine: '401 4xx 4xx 2xx 403 2xx',
    theirs: '401 4xx 4xx 2xx 403 2xx',
    writes: true,
    body: (c) => ({ firmId: c.rec.firmId, kind: 'joint', reason: '矩阵联合跟进' }),
  },
  'POST /api/claim-requests/:id/decision': {
    mine: '401 404 403 2xx 403 2xx',
    theirs: '401 403 404 404 403 2xx',
    writes: true,
    params: (c) => id(c.rec.claimRequestId),
    body: (c) => ({ grant: false, version: c.rec.claimRequestVersion }),
  },

  // ── users and teams ───────────────────────────────────────────────────
  'GET /api/users': { all: ALL_READ },
  'GET /api/users/:id': { all: ALL_READ, params: (c) => id(c.fx.userIds.promoter2) },
  'POST /api/users': {
    all: ADMIN_ONLY,
    writes: true,
    body: () => ({ username: `m_${u()}`, displayName: '矩阵用户', role: 'promoter', password: 'Matrix2025x' }),
  },
  'PUT /api/users/:id': {
    all: ADMIN_ONLY,
    writes: true,
    params: (c) => id(c.fx.userIds.leader2),
    body: async (c) => ({ version: await versionOf(c, `/api/users/${c.fx.userIds.leader2}`), displayName: `赵分管${u()}` }),
  },
  'DELETE /api/users/:id': { all: ADMIN_ONLY, writes: true, params: (c) => id(c.fx.userIds.leader2) },
  'GET /api/teams': { all: ALL_READ },
  'GET /api/teams/:id': { all: ALL_READ, params: async (c) => id(((await c.adminGet('/api/teams')) as { id: number }[])[0].id) },

  // ── pipeline ──────────────────────────────────────────────────────────
  'GET /api/targets': { all: ALL_READ },
  'GET /api/targets/:id': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: target },
  'GET /api/targets/:id/timeline': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: target },
  'POST /api/targets': {
    mine: '401 2xx 2xx 2xx 403 2xx',
    theirs: '401 2xx 2xx 403 403 2xx',
    writes: true,
    body: (c) => ({ firmId: c.fx.spareFirmId, chainLinkId: c.rec.linkId }),
  },
  'PUT /api/targets/:id': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: target,
    body: (c) => ({ version: c.rec.targetVersion, notes: '矩阵测试' }),
  },
  'PUT /api/targets/:id/follow-up': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: target,
    body: (c) => ({ version: c.rec.targetVersion, at: soon() }),
  },
  'POST /api/targets/:id/transitions': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: target,
    body: (c) => ({ version: c.rec.targetVersion, to: 'contact' }),
  },
  'DELETE /api/targets/:id': { mine: ADMIN_ONLY, theirs: ADMIN_ONLY, writes: true, params: target },
  'GET /api/pipeline/board': { all: ALL_READ },
  'GET /api/pipeline/board/:stage': { all: ALL_READ, params: () => ({ stage: 'lead' }) },
  'GET /api/contact-logs': { all: ALL_READ },
  'GET /api/contact-logs/:id': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: (c) => id(c.rec.logId) },
  'POST /api/contact-logs': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    body: (c) => ({ targetId: c.rec.targetId, kind: 'visit', at: new Date().toISOString(), summary: '矩阵走访', nextFollowUpAt: soon() }),
  },
  // The role table: chain managers create and edit logs in their chains (fails today: 403, see report).
  'PUT /api/contact-logs/:id': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: (c) => id(c.rec.logId),
    body: () => ({ summary: '矩阵走访（改）' }),
  },
  'DELETE /api/contact-logs/:id': { mine: TARGET_WRITE_MINE, theirs: TARGET_WRITE_THEIRS, writes: true, params: (c) => id(c.rec.logId) },

  // ── contact persons (联系人, people) ─────────────────────────────────────
  // Everyone reads persons (names and titles); the team pursuing the firm maintains them.
  'GET /api/contact-persons': { all: ALL_READ },
  'GET /api/firms/:id/contact-persons/access': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.firmId) },
  'GET /api/contact-persons/:id': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.personId) },
  'POST /api/contact-persons': {
    mine: '401 2xx 403 2xx 403 2xx',
    theirs: '401 403 2xx 403 403 2xx',
    writes: true,
    body: (c) => ({ firmId: c.rec.firmId, name: `矩阵联系人${u()}` }),
  },
  'PUT /api/contact-persons/:id': {
    mine: '401 2xx 403 2xx 403 2xx',
    theirs: '401 403 2xx 403 403 2xx',
    writes: true,
    params: (c) => id(c.rec.personId),
    body: () => ({ version: 1, title: '矩阵职务' }),
  },
  'DELETE /api/contact-persons/:id': { mine: '401 2xx 403 2xx 403 2xx', theirs: '401 403 2xx 403 403 2xx', writes: true, params: (c) => id(c.rec.personId) },

  // ── files (people) ────────────────────────────────────────────────────
  // Uploads without a file: those who may attach get past the record check and are refused for the input.
  'GET /api/targets/:id/files': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: target },
  'POST /api/targets/:id/files': { mine: '401 4xx 404 4xx 403 4xx', theirs: '401 404 4xx 404 403 4xx', writes: true, params: target },
  'GET /api/contact-logs/:id/files': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: (c) => id(c.rec.logId) },
  'POST /api/contact-logs/:id/files': { mine: '401 4xx 404 4xx 403 4xx', theirs: '401 404 4xx 404 403 4xx', writes: true, params: (c) => id(c.rec.logId) },
  'GET /api/firms/:id/files': { mine: ALL_READ, theirs: ALL_READ, params: (c) => id(c.rec.firmId) },
  'POST /api/firms/:id/files': { mine: '401 4xx 4xx 4xx 403 4xx', theirs: '401 4xx 4xx 4xx 403 4xx', writes: true, params: (c) => id(c.rec.firmId) },
  'GET /api/files/:id': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: (c) => id(c.rec.fileId) },
  'GET /api/files/:id/content': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: (c) => id(c.rec.fileId) },
  'DELETE /api/files/:id': { mine: TARGET_WRITE_MINE, theirs: TARGET_WRITE_THEIRS, writes: true, params: (c) => id(c.rec.fileId) },

  // ── reminders and notifications ───────────────────────────────────────
  'GET /api/notifications': { all: ALL_READ },
  'GET /api/notifications/unread-count': { all: ALL_READ },
  'POST /api/notifications/read-all': { all: ALL_READ, writes: true },
  // No notification of that id for anyone: the route answers as for someone else's.
  // ── home (issue 14): everyone's own to-do ──
  'GET /api/home/todo': { all: ALL_READ },
  // ── inbox (issue 14, home): a message is its recipient's alone; anyone else's is hidden ──
  'GET /api/notifications/:id': { all: '401 404 404 404 404 404', params: () => id(2 ** 31 - 1) },
  'POST /api/notifications/:id/read': { all: '401 404 404 404 404 404', writes: true, params: () => id(2 ** 31 - 1) },
  'GET /api/reminders': { all: ADMIN_ONLY },
  'GET /api/reminders/:id': { all: '401 403 403 403 403 404', params: () => id(2 ** 31 - 1) },
  'POST /api/reminders/:id/retry': { all: '401 403 403 403 403 404', writes: true, params: () => id(2 ** 31 - 1) },
  'GET /api/reminder-rules': { all: ADMIN_ONLY },
  'GET /api/reminder-rules/defaults': { all: ADMIN_ONLY },
  'GET /api/reminder-rules/plans/:planId': { all: ADMIN_ONLY, params: (c) => ({ planId: c.fx.planId }) },
  'PUT /api/reminder-rules/defaults': { all: ADMIN_ONLY, writes: true, body: async (c) => ruleBody(await c.adminGet('/api/reminder-rules/defaults')) },
  'PUT /api/reminder-rules/plans/:planId': {
    all: ADMIN_ONLY,
    writes: true,
    params: (c) => ({ planId: c.fx.planId }),
    body: async (c) => ({ ...ruleBody(await c.adminGet('/api/reminder-rules/defaults')), version: undefined }),
  },
  'DELETE /api/reminder-rules/plans/:planId': { all: ADMIN_ONLY, writes: true, params: (c) => ({ planId: c.fx.planId }) },

  // ── cockpit, exports, imports ─────────────────────────────────────────
  'GET /api/cockpit/overview': { all: ALL_READ },
  'GET /api/cockpit/funnel': { all: ALL_READ },
  'GET /api/cockpit/conversion': { all: ALL_READ },
  'GET /api/cockpit/kpis': { all: ALL_READ },
  // ── chainkpi (issue 14): plan KPIs per year ──
  'GET /api/cockpit/kpis/plans': { all: ALL_READ },
  'GET /api/cockpit/overdue': { all: ALL_READ },
  'GET /api/cockpit/stalled': { all: ALL_READ },
  'GET /api/cockpit/time-in-stage': { all: ALL_READ },
  'GET /api/cockpit/velocity': { all: ALL_READ },
  'GET /api/cockpit/breakdown/:by': { all: ALL_READ, params: () => ({ by: 'chain' }) },
  // Chain dashboards and handbooks: a chain manager sees only the chains they manage.
  'GET /api/cockpit/chains/:id': { mine: ALL_READ, theirs: '401 2xx 2xx 404 2xx 2xx', params: (c) => id(c.rec.chainId) },
  'GET /api/exports/pipeline.xlsx': { all: ALL_READ },
  'GET /api/exports/weekly-report.xlsx': { all: ALL_READ },
  'GET /api/exports/chains/:id/handbook.xlsx': { mine: ALL_READ, theirs: '401 2xx 2xx 404 2xx 2xx', params: (c) => id(c.rec.chainId) },
  'GET /api/imports/template.xlsx': { all: '401 403 403 2xx 403 2xx' },
  // import wizard (excel, issue 15): history lists only what the caller may see; someone else's batch is 404
  'GET /api/imports': { all: '401 403 403 2xx 403 2xx' },
  'GET /api/imports/:id/rejected.xlsx': { all: '401 403 403 404 403 404', params: () => id(2 ** 31 - 1) },
  'GET /api/imports/:id': { all: '401 403 403 404 403 404', params: () => id(2 ** 31 - 1) },
  // No file attached: the roles that may import get past the gate and are refused for the input.
  'POST /api/imports': { all: '401 403 403 4xx 403 4xx', writes: true },
  'POST /api/imports/:id/commit': { all: '401 403 403 404 403 404', writes: true, params: () => id(2 ** 31 - 1) },
  // ── candidate pool (issue 18): registry imports, suspected duplicates, merges ──
  // Registry imports like the import wizard: admins and chain managers; someone else's batch is 404.
  'GET /api/registry-imports': { all: '401 403 403 2xx 403 2xx' },
  'GET /api/registry-imports/:id': { all: '401 403 403 404 403 404', params: () => id(2 ** 31 - 1) },
  'POST /api/registry-imports': { all: '401 403 403 4xx 403 4xx', writes: true },
  'POST /api/registry-imports/:id/commit': { all: '401 403 403 404 403 404', writes: true, params: () => id(2 ** 31 - 1) },
  'GET /api/firm-duplicates': { all: '401 403 403 2xx 403 2xx' },
  'GET /api/firm-merges': { all: '401 403 403 2xx 403 2xx' },
  'GET /api/firm-merges/:id': { all: '401 403 403 404 403 404', params: () => id(2 ** 31 - 1) },
  // Merging is an admin's (PRODUCT.md: users, settings, merges); chain managers read the report and the history.
  'GET /api/firm-merges/preview': { all: '401 403 403 403 403 404', query: { survivorId: String(2 ** 31 - 2), mergedId: String(2 ** 31 - 1) } },
  'POST /api/firm-merges': {
    mine: '401 403 403 403 403 2xx',
    theirs: '401 403 403 403 403 2xx',
    writes: true,
    body: async (c) => {
      const survivor = (await c.adminGet(`/api/firms/${c.rec.firmId}`)) as { version: number };
      const merged = (await c.adminGet(`/api/firms/${c.fx.spareFirmId}`)) as { version: number };
      return { survivorId: c.rec.firmId, mergedId: c.fx.spareFirmId, survivorVersion: survivor.version, mergedVersion: merged.version };
    },
  },
  // Undo is admin only (no such merge → 404 past the gate).
  'POST /api/firm-merges/:id/undo': { all: '401 403 403 403 403 404', writes: true, params: () => id(2 ** 31 - 1) },
  // 非重复 marks: read like the report; marking and undoing are an admin's (no such firms / mark → 404 past the gate).
  'GET /api/firm-duplicates/dismissals': { all: '401 403 403 2xx 403 2xx' },
  'POST /api/firm-duplicates/dismissals': { all: '401 403 403 403 403 404', writes: true, body: () => ({ firmIds: [2 ** 31 - 2, 2 ** 31 - 1] }) },
  'POST /api/firm-duplicates/dismissals/:id/undo': { all: '401 403 403 403 403 404', writes: true, params: () => id(2 ** 31 - 1) },

  // ── after signing (issue 17): projects, 批示, rates ──────────────────
  // Projects are read and changed like their target; leaders read only.
  'GET /api/targets/:id/project': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: (c) => id(c.rec.signedTargetId) },
  'PUT /api/targets/:id/project/milestones/:kind': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: (c) => ({ id: c.rec.signedTargetId, kind: 'registered' }),
    body: async (c) => ({
      plannedOn: '2026-01-15',
      version: ((await c.adminGet(`/api/targets/${c.rec.signedTargetId}/project`)) as { milestones: { version: number }[] }).milestones[0].version,
    }),
  },
  'POST /api/targets/:id/project/funds': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: (c) => id(c.rec.signedTargetId),
    body: () => ({ arrivedOn: '2026-02-01', amount: 50, source: '矩阵' }),
  },
  'PUT /api/targets/:id/project/funds/:fundId': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: (c) => ({ id: c.rec.signedTargetId, fundId: c.rec.fundId }),
    body: () => ({ amount: 60, version: 1 }),
  },
  'DELETE /api/targets/:id/project/funds/:fundId': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: (c) => ({ id: c.rec.signedTargetId, fundId: c.rec.fundId }),
    query: { version: '1' },
  },
  'PUT /api/targets/:id/project/years/:year': {
    mine: TARGET_WRITE_MINE,
    theirs: TARGET_WRITE_THEIRS,
    writes: true,
    params: (c) => ({ id: c.rec.signedTargetId, year: 2026 }),
    body: () => ({ output: 10, tax: 1, jobs: 2 }),
  },
  // 批示: leaders (and admins) write them on what they can read; the assignee (the owner here), the author (leader) and admins reply and close.
  'GET /api/instructions': { all: ALL_READ },
  'GET /api/instructions/:id': { mine: TARGET_READ_MINE, theirs: TARGET_READ_THEIRS, params: (c) => id(c.rec.instructionId) },
  'POST /api/instructions': {
    mine: '401 403 404 403 2xx 2xx',
    theirs: '401 404 403 404 2xx 2xx',
    writes: true,
    body: async (c) => ({
      targetId: c.rec.signedTargetId,
      assigneeId: ((await c.adminGet(`/api/targets/${c.rec.signedTargetId}`)) as { ownerId: number }).ownerId,
      body: '矩阵批示',
      dueAt: soon(),
    }),
  },
  'POST /api/instructions/:id/replies': {
    mine: '401 2xx 404 403 2xx 2xx',
    theirs: '401 404 2xx 404 2xx 2xx',
    writes: true,
    params: (c) => id(c.rec.instructionId),
    body: () => ({ body: '已落实' }),
  },
  'POST /api/instructions/:id/close': {
    mine: '401 2xx 404 403 2xx 2xx',
    theirs: '401 404 2xx 404 2xx 2xx',
    writes: true,
    params: (c) => id(c.rec.instructionId),
    body: () => ({ version: 1, note: '已办结' }),
  },
  'GET /api/cockpit/project-rates': { all: ALL_READ, query: { by: 'chain' } },
  'GET /api/cockpit/key-projects': { all: ALL_READ },
};

/** The defaults as GET /api/reminder-rules/defaults returns them, sent back unchanged (a PUT that changes nothing). */
function ruleBody(defaults: unknown): Record<string, unknown> {
  const r = defaults as Record<string, unknown>;
  const keys = [
    'preDueHours',
    'escalationGraceHours',
    'leadYellowDays',
    'leadRedDays',
    'contactYellowDays',
    'contactRedDays',
    'signedYellowDays',
    'signedRedDays',
    'digestTime',
    'version',
  ];
  return Object.fromEntries(keys.filter((k) => r?.[k] !== undefined).map((k) => [k, r[k]]));
}

/** Routes served outside Nest's controllers (Express routers), which the registry cannot list. */
export const EXPRESS_ROUTES: Record<string, string> = {
  'GET /api/admin/queues': ADMIN_ONLY,
};
