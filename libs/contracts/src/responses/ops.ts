/** GET /api/health: 200 when Postgres and Redis both answer, 503 (same shape) naming the one that does not. */
export interface HealthReport {
  status: 'ok' | 'down';
  postgres: ServiceHealth;
  redis: ServiceHealth;
  workers: WorkersHealth;
}

export interface ServiceHealth {
  status: 'up' | 'down';
  error?: string;
}

export interface WorkersHealth {
  status: 'ok' | 'none' | 'stale' | 'other-redis';
  alive: number;
  lastBeatAt?: string;
  detail?: string;
}
