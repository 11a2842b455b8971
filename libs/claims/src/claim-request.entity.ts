import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { ClaimRequestKind, ClaimRequestState } from './first-claim.rules';

/**
 * A team's request to take over (transfer) or join (joint) the pursuit of a firm another team
 * holds under 首报首谈; granted or refused by the chain manager or an admin. Kept forever.
 */
@Entity('claim_request')
@Check('ck_claim_request_kind', `kind IN ('transfer', 'joint')`)
@Check('ck_claim_request_state', `state IN ('pending', 'granted', 'refused')`)
@Index('uq_claim_request_pending', { synchronize: false })
export class ClaimRequest {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ix_claim_request_firm')
  @Column({ type: 'int' })
  firmId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ClaimRequestKind;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state: ClaimRequestState;

  @Index('ix_claim_request_requester')
  @Column({ type: 'int' })
  requesterId: number;

  @Column({ type: 'int', nullable: true })
  requesterTeamId: number | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'int', nullable: true })
  decidedById: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
