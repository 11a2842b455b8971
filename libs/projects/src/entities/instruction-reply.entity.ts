import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@crm/users';
import { Instruction } from './instruction.entity';

/** One message in an instruction's thread (the assignee reporting back, the leader answering). */
@Entity('instruction_reply')
@Index('ix_instruction_reply_instruction', ['instructionId', 'createdAt'])
export class InstructionReply {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  instructionId: number;

  @ManyToOne(() => Instruction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instruction_id', foreignKeyConstraintName: 'fk_instruction_reply_instruction' })
  instruction?: Instruction;

  @Column({ type: 'int' })
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_instruction_reply_author' })
  author?: User;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
