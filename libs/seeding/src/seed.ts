import { DataSource } from 'typeorm';
import { seedDemo } from './seed-demo';
import { seedPlans } from './seed-plans';

export interface SeedOptions {
  demo: boolean;
}

/** Loads the plans (real data) and, when asked, the demo data. Idempotent: safe on every start. */
export async function seedAll(ds: DataSource, opts: SeedOptions): Promise<void> {
  await seedPlans(ds);
  if (opts.demo) await seedDemo(ds);
}
