import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '@crm/users';
import { Firm } from '@crm/firms';

/**
 * 联系人: a person at a firm. Phone, e-mail, WeChat and notes are personal data (个人信息保护法):
 * shown only to those the person-access rules allow, left out of exports unless an admin exports,
 * and erased — row deleted, audit values blanked — when the person is deleted.
 */
@Entity('contact_person')
@Index('ix_contact_person_firm', ['firmId', 'name'])
export class ContactPerson {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_contact_person' })
  id: number;

  @Column({ type: 'int' })
  firmId: number;

  @ManyToOne(() => Firm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'firm_id', foreignKeyConstraintName: 'fk_contact_person_firm' })
  firm?: Firm;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  wechat: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The promoter who knows the person (defaults to whoever added them). */
  @Column({ type: 'int', nullable: true })
  knownById: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'known_by_id', foreignKeyConstraintName: 'fk_contact_person_known_by' })
  knownBy?: User;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A person took part in a contact log (the log's participants picked from the firm's persons). */
@Entity('contact_log_person')
@Index('ix_contact_log_person_person', ['contactPersonId'])
export class ContactLogPerson {
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_contact_log_person' })
  contactLogId: number;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_contact_log_person' })
  contactPersonId: number;
}
