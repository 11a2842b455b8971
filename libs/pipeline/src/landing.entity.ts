import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Carrier } from '@crm/carriers';
import { numericTransformer } from '@crm/database';
import { Target } from './target.entity';

/** Where and when a target landed (落地): carrier, area taken (m²), date. One per target. */
@Entity('landing')
@Check('ck_landing_area', `area > 0`)
@Index('ix_landing_carrier', ['carrierId'])
export class Landing {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_landing_target', { unique: true })
  @Column({ type: 'int' })
  targetId: number;

  @OneToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_landing_target' })
  target?: Target;

  @Column({ type: 'int' })
  carrierId: number;

  @ManyToOne(() => Carrier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carrier_id', foreignKeyConstraintName: 'fk_landing_carrier' })
  carrier?: Carrier;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  area: number;

  @Column({ type: 'date' })
  landedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
