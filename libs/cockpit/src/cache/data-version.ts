import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * What a cockpit figure is computed from, as far as freshness goes (see migration 1763700000800):
 * - pipeline:  targets' stage, owner, chain, money, and their stage history and landings
 * - activity:  targets' last activity and open follow-up (moved by every contact log)
 * - reference: users and teams (the promoter scope), chains, links, managers, firms, plans, KPI targets, thresholds
 */
export type DataDomain = 'pipeline' | 'activity' | 'reference';

export const FIGURES_OF_RECORD: readonly DataDomain[] = ['pipeline', 'reference'];
export const ALL_DOMAINS: readonly DataDomain[] = ['pipeline', 'activity', 'reference'];

/** The committed version of each domain, as read at the start of a request. */
export class VersionSnapshot {
  constructor(private readonly versions: Readonly<Record<string, string>>) {}

  /** The part of the snapshot a figure depends on, as a cache stamp: equal stamps, equal inputs. */
  stamp(domains: readonly DataDomain[]): string {
    return domains.map((d) => `${d}:${this.versions[d] ?? '0'}`).join(',');
  }
}

@Injectable()
export class DataVersions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Read BEFORE computing anything: a figure is then at least as new as the stamp it is stored
   * under (a write committing in between only makes the entry newer than its label, and the next
   * request, seeing the new version, recomputes).
   */
  async current(): Promise<VersionSnapshot> {
    const rows: { domain: string; version: string }[] = await this.db.query(`SELECT domain, version FROM cockpit_data_version`);
    return new VersionSnapshot(Object.fromEntries(rows.map((r) => [r.domain, String(r.version)])));
  }
}
