import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { DataDomain } from './data-version';

/**
 * One counter per domain of data the cockpit reads, bumped by triggers in the transaction of every
 * write to those tables (migration 1763700000800). Read by DataVersions; never written by the app.
 */
@Entity('cockpit_data_version')
@Check('ck_cockpit_data_version_domain', `domain IN ('pipeline', 'activity', 'reference')`)
export class CockpitDataVersion {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_cockpit_data_version' })
  domain: DataDomain;

  @Column({ type: 'bigint', default: 0 })
  version: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
