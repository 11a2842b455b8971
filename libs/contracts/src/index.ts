/**
 * The contract between the API, the worker and the backoffice: vocabularies (stages, roles, contact
 * kinds, chain words), the pure transition rules, and the JSON shapes of the endpoints the backoffice
 * reads beyond plain CRUD. Framework-free on purpose: no Nest, no TypeORM, no I/O — the backoffice
 * bundles it (dependency-cruiser rule `contracts-pure`).
 */
export * from './chain';
export * from './roles';
export * from './stages';
export * from './transition.rules';
export * from './responses/board';
export * from './responses/candidates';
export * from './responses/chain-map';
export * from './responses/cockpit';
export * from './responses/list';
export * from './responses/timeline';
export * from './schemas';
export * from './responses/kpi';
export * from './responses/claims';
export * from './responses/home';
export * from './responses/audit';
export * from './responses/auth';
export * from './responses/ops';
export * from './responses/plans';
export * from './responses/users';
export * from './responses/reference';
export * from './responses/contacts';
export * from './responses/reminders';
export * from './responses/projects';
export * from './responses/imports';
export * from './responses/cockpit-answers';
export * from './responses/targets';
