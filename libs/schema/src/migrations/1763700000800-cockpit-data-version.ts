import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data versions for the cockpit's result cache (libs/cockpit/src/cockpit-cache.ts).
 *
 * One counter per domain of data the cockpit reads:
 * - pipeline:  targets (anything but their activity columns), their stage history and landings
 * - activity:  a target's last activity and open follow-up (contact logs move these many times a day;
 *              only the overdue/stalled lists and the chain view read them)
 * - reference: users and teams (the promoter scope), chains, links, chain managers, firms,
 *              firm placements, plans, KPI targets, stall thresholds
 *
 * Triggers bump the counter in the writer's own transaction, so the new version and the rows that
 * caused it become visible together: a cached figure is reused only while the versions it was
 * computed under are still current. They are row-level constraint triggers deferred to commit, and
 * each domain is bumped once per transaction (a transaction-local flag), so the counter row is
 * locked only for the moment of commit — a long import does not hold up everyone else's writes —
 * and a 50,000-row import costs one UPDATE, not 50,000. Updates that change nothing (re-running the
 * seeds) do not count. ENABLE ALWAYS: they fire under session_replication_role = replica too
 * (logical replication apply, bulk loads that switch off foreign-key triggers), so no writer can
 * slip past the cache.
 */
const WATCHED: { table: string; domain: 'pipeline' | 'reference' }[] = [
  { table: 'target', domain: 'pipeline' },
  { table: 'stage_change', domain: 'pipeline' },
  { table: 'landing', domain: 'pipeline' },
  ...['app_user', 'team', 'plan', 'chain', 'chain_link', 'chain_manager', 'firm', 'firm_chain_link', 'kpi_target', 'reminder_rule'].map((table) => ({
    table,
    domain: 'reference' as const,
  })),
];

/** target columns that only the activity domain is about (plus bookkeeping that every save moves). */
const TARGET_NON_PIPELINE = `ARRAY['last_activity_at', 'next_follow_up_at', 'updated_at', 'version']`;

export class CockpitDataVersion1763700000800 implements MigrationInterface {
  name = 'CockpitDataVersion1763700000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "cockpit_data_version" (
      "domain" character varying(16) NOT NULL,
      "version" bigint NOT NULL DEFAULT 0,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_cockpit_data_version" PRIMARY KEY ("domain"),
      CONSTRAINT "ck_cockpit_data_version_domain" CHECK (domain IN ('pipeline', 'activity', 'reference')))`);
    await q.query(`INSERT INTO "cockpit_data_version" ("domain") VALUES ('pipeline'), ('activity'), ('reference')`);
    await q.query(`CREATE FUNCTION crm_cockpit_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE flag text := 'crm_cockpit.touched_' || TG_ARGV[0];
      BEGIN
        IF current_setting(flag, true) = 'on' THEN RETURN NULL; END IF;
        PERFORM set_config(flag, 'on', true);
        INSERT INTO cockpit_data_version AS v (domain, version, changed_at) VALUES (TG_ARGV[0], 1, clock_timestamp())
          ON CONFLICT (domain) DO UPDATE SET version = v.version + 1, changed_at = excluded.changed_at;
        RETURN NULL;
      END $$`);

    for (const { table, domain } of WATCHED) {
      const changed =
        table === 'target'
          ? `(to_jsonb(OLD) - ${TARGET_NON_PIPELINE}) IS DISTINCT FROM (to_jsonb(NEW) - ${TARGET_NON_PIPELINE})`
          : `OLD.* IS DISTINCT FROM NEW.*`;
      await this.trigger(q, table, `tr_cockpit_${table}_rows`, `AFTER INSERT OR DELETE`, domain);
      await this.trigger(q, table, `tr_cockpit_${table}_update`, `AFTER UPDATE`, domain, changed);
      await q.query(
        `CREATE TRIGGER "tr_cockpit_${table}_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION crm_cockpit_touch('${domain}')`,
      );
      await q.query(`ALTER TABLE "${table}" ENABLE ALWAYS TRIGGER "tr_cockpit_${table}_truncate"`);
    }
    await this.trigger(
      q,
      'target',
      'tr_cockpit_target_activity',
      'AFTER UPDATE',
      'activity',
      `OLD.last_activity_at IS DISTINCT FROM NEW.last_activity_at OR OLD.next_follow_up_at IS DISTINCT FROM NEW.next_follow_up_at`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of WATCHED) {
      for (const suffix of ['rows', 'update', 'truncate']) await q.query(`DROP TRIGGER IF EXISTS "tr_cockpit_${table}_${suffix}" ON "${table}"`);
    }
    await q.query(`DROP TRIGGER IF EXISTS "tr_cockpit_target_activity" ON "target"`);
    await q.query(`DROP FUNCTION IF EXISTS crm_cockpit_touch()`);
    await q.query(`DROP TABLE IF EXISTS "cockpit_data_version"`);
  }

  private async trigger(q: QueryRunner, table: string, name: string, event: string, domain: string, when?: string): Promise<void> {
    await q.query(
      `CREATE CONSTRAINT TRIGGER "${name}" ${event} ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
       ${when ? `WHEN (${when})` : ''} EXECUTE FUNCTION crm_cockpit_touch('${domain}')`,
    );
    await q.query(`ALTER TABLE "${table}" ENABLE ALWAYS TRIGGER "${name}"`);
  }
}
