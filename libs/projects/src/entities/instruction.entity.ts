import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '@crm/users';
import { Target } from '@crm/pipeline';

export const INSTRUCTION_STATES = ['open', 'closed'] as const;
export type InstructionState = (typeof INSTRUCTION_STATES)[number];

/** A leader's instruction (批示) on a target, assigned to one person with a due time; replied to and closed. */
@Entity('instruction')
@Index('ix_instruction_target', ['targetId', 'createdAt'])
@Index('ix_instruction_assignee_open', { synchronize: false })
@Check('ck_instruction_state', `state IN ('open', 'closed')`)
export class Instruction {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'fk_instruction_target' })
  target?: Target;

  @Column({ type: 'int' })
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_instruction_author' })
  author?: User;

  @Column({ type: 'int' })
  assigneeId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_instruction_assignee' })
  assignee?: User;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  state: InstructionState;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by_id', foreignKeyConstraintName: 'fk_instruction_closed_by' })
  closedBy?: User;

  @Column({ type: 'text', nullable: true })
  closingNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
