import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { SourceRefColumn } from '@crm/database';
import { Chain, type LinkAction } from './chain.entity';

import type { LinkPosition } from '@crm/contracts';

export { LINK_POSITIONS, type LinkPosition } from '@crm/contracts';

/** A node of a chain (环节 / 细分领域) with the plan's action on it. */
@Entity('chain_link')
@Index('uq_chain_link_chain_code', ['chainId', 'code'], { unique: true })
export class ChainLink {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  chainId: number;

  @ManyToOne(() => Chain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id', foreignKeyConstraintName: 'fk_chain_link_chain' })
  chain?: Chain;

  @Column({ type: 'varchar', length: 100 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  position: LinkPosition;

  @Column({ type: 'varchar', length: 10, nullable: true })
  action: LinkAction | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Column({ type: 'jsonb', nullable: true })
  source: SourceRefColumn | null;

  @VersionColumn({ default: 1 })
  version: number;
}
