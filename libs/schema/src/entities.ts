import { Team, User } from '@crm/auth';
import { WorkerHeartbeat } from '@crm/ops';

/** Every entity, as classes (not globs), for the app and the migration tooling alike. */
export const entities = [User, Team, WorkerHeartbeat];
