import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Chain } from '@crm/chain-map';
import { numericTransformer, type SourceRefColumn } from '@crm/database';
import { Plan } from '@crm/plans';
import { CARRIER_TYPES, type CarrierType } from '@crm/contracts';

export { CARRIER_TYPES, type CarrierType };

/**
 * A building or park (载体: 楼宇/园区) where landed firms settle. `totalArea`/`areaUnit` keep the
 * plan's figure as given (亩 stays 亩); `availableAreaM2` is the space left to allocate, in m²,
 * and landings reduce it in the same transaction. It never goes below zero (check constraint).
 */
@Entity('carrier')
@Check('ck_carrier_available_area', `available_area_m2 IS NULL OR available_area_m2 >= 0`)
export class Carrier {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  planId: number | null;

  @ManyToOne(() => Plan, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_carrier_plan' })
  plan?: Plan;

  @Index('uq_carrier_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  type: CarrierType;

  @Column({ type: 'int', nullable: true })
  chainId: number | null;

  @ManyToOne(() => Chain, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chain_id', foreignKeyConstraintName: 'fk_carrier_chain' })
  chain?: Chain;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  totalArea: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  areaUnit: 'm2' | '亩' | '万方' | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  totalAreaM2: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  availableAreaM2: number | null;

  @Column({ type: 'jsonb', nullable: true })
  outputTarget: { value: number; unit: string; year?: number; note?: string } | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'jsonb', nullable: true })
  source: SourceRefColumn | null;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @VersionColumn({ default: 1 })
  version: number;
}
