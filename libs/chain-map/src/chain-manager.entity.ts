import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@crm/users';
import { Chain } from './chain.entity';

/** Which chain managers (链长办) own which chains; drives their read/write scope. */
@Entity('chain_manager')
export class ChainManager {
  @PrimaryColumn({ type: 'int' })
  chainId: number;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  @ManyToOne(() => Chain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id', foreignKeyConstraintName: 'fk_chain_manager_chain' })
  chain?: Chain;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_chain_manager_user' })
  user?: User;
}
