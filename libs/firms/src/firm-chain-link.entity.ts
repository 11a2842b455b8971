import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ChainLink } from '@crm/chain-map';
import { Firm } from './firm.entity';

/** A firm works in a chain link. For a local firm this is what covers the link on the chain map. */
@Entity('firm_chain_link')
@Index('ix_firm_chain_link_link', ['chainLinkId'])
export class FirmChainLink {
  @PrimaryColumn({ type: 'int' })
  firmId: number;

  @PrimaryColumn({ type: 'int' })
  chainLinkId: number;

  @ManyToOne(() => Firm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'firm_id', foreignKeyConstraintName: 'fk_firm_chain_link_firm' })
  firm?: Firm;

  @ManyToOne(() => ChainLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_link_id', foreignKeyConstraintName: 'fk_firm_chain_link_link' })
  chainLink?: ChainLink;
}
