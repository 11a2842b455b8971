import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@crm/auth';
import type { UserContext } from './target-access';

/** Loads what the access rules need beyond the token: the chains a chain manager manages. */
@Injectable()
export class UserContextService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(user: AuthUser, em: EntityManager = this.db.manager): Promise<UserContext> {
    if (user.role !== 'chain_manager') return { user, managedChainIds: [] };
    const rows: { chain_id: number }[] = await em.query('SELECT chain_id FROM chain_manager WHERE user_id = $1', [user.id]);
    return { user, managedChainIds: rows.map((r) => r.chain_id) };
  }
}
