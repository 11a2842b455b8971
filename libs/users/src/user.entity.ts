import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Team } from './team.entity';
import type { Role } from '@crm/contracts';

@Entity('app_user')
@Check('ck_app_user_role', `role IN ('admin', 'leader', 'chain_manager', 'promoter')`)
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Index('ix_app_user_team')
  @Column({ type: 'int', nullable: true })
  teamId: number | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_app_user_team' })
  team?: Team;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  webhookUrl: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Reminder channels the user wants (我的账户); a channel also needs its address. */
  @Column({ type: 'boolean', default: true })
  notifyInApp: boolean;

  @Column({ type: 'boolean', default: true })
  notifyEmail: boolean;

  @Column({ type: 'boolean', default: true })
  notifyWebhook: boolean;

  /** Whether the user gets the daily digest (每日汇总). */
  @Column({ type: 'boolean', default: true })
  dailyDigest: boolean;

  /** Created by the demo seed; never by migrations. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
