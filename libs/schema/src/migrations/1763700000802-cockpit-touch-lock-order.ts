import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * crm_cockpit_touch (migration 1763700000800) locked each domain's counter row as its first write
 * of that domain reached commit, so two transactions that wrote the domains in opposite orders (a
 * contact log's activity then a stage change, against a stage change then activity) could each
 * hold one counter and wait for the other: a deadlock. Now the first touch in a transaction locks
 * every counter row in one fixed order (by domain), still only at commit, and then bumps its own.
 */
export class CockpitTouchLockOrder1763700000802 implements MigrationInterface {
  name = 'CockpitTouchLockOrder1763700000802';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION crm_cockpit_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE flag text := 'crm_cockpit.touched_' || TG_ARGV[0];
      BEGIN
        IF current_setting(flag, true) = 'on' THEN RETURN NULL; END IF;
        IF current_setting('crm_cockpit.locked', true) IS DISTINCT FROM 'on' THEN
          PERFORM 1 FROM cockpit_data_version ORDER BY domain FOR UPDATE;
          PERFORM set_config('crm_cockpit.locked', 'on', true);
        END IF;
        PERFORM set_config(flag, 'on', true);
        INSERT INTO cockpit_data_version AS v (domain, version, changed_at) VALUES (TG_ARGV[0], 1, clock_timestamp())
          ON CONFLICT (domain) DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION crm_cockpit_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE flag text := 'crm_cockpit.touched_' || TG_ARGV[0];
      BEGIN
        IF current_setting(flag, true) = 'on' THEN RETURN NULL; END IF;
        PERFORM set_config(flag, 'on', true);
        INSERT INTO cockpit_data_version AS v (domain, version, changed_at) VALUES (TG_ARGV[0], 1, clock_timestamp())
          ON CONFLICT (domain) DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at;
        RETURN NULL;
      END $$`);
  }
}
