import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import type { Stage } from './stage';
import { Target } from './target.entity';

/** Append-only stage history (a trigger refuses UPDATE). `from` is null for the creating entry. */
@Entity('stage_change')
@Index('ix_stage_change_target_at', ['targetId', 'at'])
@Index('ix_stage_change_to_at', ['toStage', 'at'])
@Index('ix_stage_change_at', ['at'])
export class StageChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_stage_change_target' })
  target?: Target;

  @Column({ type: 'varchar', length: 10, nullable: true })
  fromStage: Stage | null;

  @Column({ type: 'varchar', length: 10 })
  toStage: Stage;

  @Column({ type: 'int', nullable: true })
  byUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_user_id', foreignKeyConstraintName: 'fk_stage_change_user' })
  byUser?: User;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
