import { CreateDateColumn, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A granted joint pursuit (联合跟进): this team (or team-less user) may also pursue the firm. */
@Entity('firm_claim_share')
@Index('uq_firm_claim_share_team', { synchronize: false })
@Index('uq_firm_claim_share_user', { synchronize: false })
export class FirmClaimShare {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ix_firm_claim_share_firm')
  @Column({ type: 'int' })
  firmId: number;

  @Column({ type: 'int', nullable: true })
  teamId: number | null;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'int', nullable: true })
  requestId: number | null;

  @Column({ type: 'int', nullable: true })
  grantedById: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;
}
