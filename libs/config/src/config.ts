import { z } from 'zod';

/**
 * The one place that reads environment variables. Everything else receives an AppConfig.
 * Parsing fails fast with the name of every variable that is wrong.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number) => z.coerce.number().int().nonnegative().default(def);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/zhaoshang_crm'),
  DATABASE_POOL_SIZE: int(10),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9:_-]+$/)
    .default('crm'),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default('dev-only-secret-change-me-in-production'),
  JWT_EXPIRES_IN: z
    .string()
    .regex(/^\d+[smhd]?$/, 'like 3600, 15m, 8h or 7d')
    .default('8h'),
  LOGIN_MAX_FAILURES: int(5),
  LOGIN_WINDOW_SECONDS: int(900),
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_KB: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(1024),
  BODY_MAX_DEPTH: z.coerce.number().int().min(2).max(1000).default(32),
  ADMIN_DIST_DIR: z.string().default(''),
  DATA_DIR: z.string().default('.data'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// URL')
    .optional(),
  MAIL_FROM: z.string().default('招商引资CRM <crm@localhost>'),
  REMINDER_SWEEP_SECONDS: int(30),
  REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  REMINDER_RETRY_BASE_MS: int(30000),
  REMINDER_STALE_SECONDS: z.coerce.number().int().min(1).default(3600),
  REMINDER_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  WORKER_CONCURRENCY: int(20),
  HEARTBEAT_SECONDS: int(15),
  /** How often the worker drops rows nobody can use any more (expired sessions and idempotency keys). */
  HOUSEKEEPING_SECONDS: int(3600),
  LOG_SQL: bool.default(false),
  /** Largest file one upload may carry (files on targets, logs, firms), in bytes: 20 MB. */
  FILES_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
});

export type AppEnv = z.infer<typeof schema>;

export interface AppConfig {
  env: AppEnv['NODE_ENV'];
  port: number;
  database: { url: string; poolSize: number; logSql: boolean };
  redis: { url: string };
  queuePrefix: string;
  /** `lifetimeSeconds` is `expiresIn` in seconds: no token outlives its session row by more. */
  jwt: { secret: string; expiresIn: string; lifetimeSeconds: number };
  login: { maxFailures: number; windowSeconds: number };
  corsOrigins: string[];
  /** JSON and form bodies: larger is a 413, nested deeper (objects/arrays) a 400, both before parsing. */
  body: { limitBytes: number; maxDepth: number };
  adminDistDir: string;
  dataDir: string;
  mail: { smtpUrl?: string; from: string };
  reminders: { sweepSeconds: number; concurrency: number; maxAttempts: number; retryBaseMs: number; staleSeconds: number; sendTimeoutMs: number };
  heartbeatSeconds: number;
  housekeepingSeconds: number;
  files: { maxBytes: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
  }
  const e = result.data;
  if (e.NODE_ENV === 'production' && e.JWT_SECRET.startsWith('dev-only')) {
    throw new ConfigError(['JWT_SECRET must be set in production']);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, logSql: e.LOG_SQL },
    redis: { url: e.REDIS_URL },
    queuePrefix: e.QUEUE_PREFIX,
    jwt: { secret: e.JWT_SECRET, expiresIn: e.JWT_EXPIRES_IN, lifetimeSeconds: durationSeconds(e.JWT_EXPIRES_IN) },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, windowSeconds: e.LOGIN_WINDOW_SECONDS },
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    body: { limitBytes: e.BODY_LIMIT_KB * 1024, maxDepth: e.BODY_MAX_DEPTH },
    adminDistDir: e.ADMIN_DIST_DIR,
    dataDir: e.DATA_DIR,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    reminders: {
      sweepSeconds: e.REMINDER_SWEEP_SECONDS,
      concurrency: e.WORKER_CONCURRENCY,
      maxAttempts: e.REMINDER_MAX_ATTEMPTS,
      retryBaseMs: e.REMINDER_RETRY_BASE_MS,
      staleSeconds: e.REMINDER_STALE_SECONDS,
      sendTimeoutMs: e.REMINDER_SEND_TIMEOUT_MS,
    },
    heartbeatSeconds: e.HEARTBEAT_SECONDS,
    housekeepingSeconds: e.HOUSEKEEPING_SECONDS,
    files: { maxBytes: e.FILES_MAX_BYTES },
  };
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** '3600' (seconds), '15m', '8h', '7d' → seconds, as jsonwebtoken reads JWT_EXPIRES_IN. */
export function durationSeconds(text: string): number {
  const m = /^(\d+)([smhd]?)$/.exec(text);
  if (!m) throw new ConfigError([`duration ${text} is not like 3600, 15m, 8h or 7d`]);
  return Number(m[1]) * UNIT_SECONDS[m[2] || 's'];
}

let cached: AppConfig | undefined;

/** The process configuration, parsed once from the environment. */
export function loadConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests and launchers that change the environment call this before the next loadConfig(). */
export function resetConfig(): void {
  cached = undefined;
}

/** Sets variables for child processes and in-process apps; the launcher's only way to pass settings. */
export function setEnv(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
  cached = undefined;
}
