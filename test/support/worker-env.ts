// Runs in each Jest worker before every test file: points the app's configuration at this
// worker's own database and a queue prefix no other run shares.
import { dbUrl, workerDb } from './names';

const worker = process.env.JEST_WORKER_ID ?? '1';
const runId = process.env.TEST_RUN_ID ?? 'unit';
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URL: dbUrl(workerDb(runId, worker)),
  REDIS_URL: process.env.TEST_REDIS_URL_RESOLVED ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `t${runId}w${worker}`,
  JWT_SECRET: 'test-secret-at-least-16-chars',
  LOGIN_MAX_FAILURES: '5',
  HEARTBEAT_SECONDS: '1',
  REMINDER_SWEEP_SECONDS: '2',
  ADMIN_DIST_DIR: process.env.ADMIN_DIST_DIR ?? '',
});
