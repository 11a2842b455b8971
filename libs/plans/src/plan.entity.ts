import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One source plan (规划/行动计划) of one jurisdiction; owns chains, KPI targets and carriers. */
@Entity('plan')
export class Plan {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_plan_code', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  region: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 100 })
  period: string;

  @Column({ type: 'int' })
  startYear: number;

  @Column({ type: 'int' })
  endYear: number;

  @Column({ type: 'int', nullable: true })
  baseYear: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  issuer: string | null;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  /** Source document file name under shared/sources. */
  @Column({ type: 'varchar', length: 200 })
  document: string;

  /** Recruitment methods the plan names, with their sources. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  recruitmentMethods: { name: string; source: { document: string; section: string; quote?: string } }[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
