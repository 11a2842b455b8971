import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type LinkSet, setLinksAudited, updateVersioned } from '@crm/audit';
import { type AuthUser, ROLES } from '@crm/contracts';
import { inTransaction } from '@crm/database';
import {
  boolFilter,
  containsPattern,
  duplicate,
  enumFilter,
  idList,
  invalidField,
  ListResult,
  mapDuplicates,
  notFound,
  parseListQuery,
  ruleBroken,
  stringFilter,
} from '@crm/http';
import { hashPassword, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from './password';
import { Team } from './team.entity';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { User } from './user.entity';
import { USER_SESSIONS, type UserSessions } from './user-sessions';
import { USER_RULE_MESSAGES, userChangeProblem } from './users.rules';

const SORTABLE = ['id', 'username', 'displayName', 'role', 'teamId'] as const;
const WHAT: [string, string] = ['user', '用户'];
const usernameTaken = () => duplicate('username', 'This username is taken', '用户名已被使用');

/** What every logged-in user may see of a colleague: enough to pick an owner. */
export interface PublicUser {
  id: number;
  username: string;
  displayName: string;
  role: User['role'];
  teamId: number | null;
}

/** What admins see; never the password hash. */
export type AdminUser = Omit<User, 'passwordHash' | 'team'> & { chainIds: number[] };

/**
 * Users and roles. Admins list, create, edit and disable them; everyone else reads only
 * PublicUser fields (owner pickers). Passwords are stored as argon2id hashes only.
 */
/** The chains a chain manager manages: chain_manager, recorded on the user as `chainIds`. */
const MANAGED_CHAINS: LinkSet = { table: 'chain_manager', ownerColumn: 'user_id', otherColumn: 'chain_id', auditEntity: 'app_user', field: 'chainIds' };

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(USER_SESSIONS) private readonly sessions: UserSessions,
  ) {}

  async list(query: Record<string, unknown>, caller: AuthUser): Promise<ListResult<PublicUser | AdminUser>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'id', order: 'ASC' });
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('u.id = ANY(:ids)', { ids });
    const roles = enumFilter(filter.role, 'role', ROLES);
    if (roles) qb.andWhere('u.role = ANY(:roles)', { roles });
    const teamIds = idList(filter.teamId, 'teamId');
    if (teamIds) qb.andWhere('u.team_id = ANY(:teamIds)', { teamIds });
    const active = boolFilter(filter.active, 'active');
    if (active !== undefined) qb.andWhere('u.active = :active', { active });
    const chainIds = idList(filter.chainId, 'chainId');
    if (chainIds) qb.andWhere('EXISTS (SELECT 1 FROM chain_manager cm WHERE cm.user_id = u.id AND cm.chain_id = ANY(:chainIds))', { chainIds });
    const q = stringFilter(filter.q, 'q', 100);
    if (q) qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: containsPattern(q) });
    qb.orderBy(`u.${sort.field}`, sort.order, sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy('u.id', 'ASC')
      .skip(skip)
      .take(take);
    const [users, total] = await qb.getManyAndCount();
    return { data: await this.view(this.db.manager, users, caller), total, skip };
  }

  async get(id: number, caller: AuthUser, em: EntityManager = this.db.manager): Promise<PublicUser | AdminUser> {
    const user = await em.getRepository(User).findOneBy({ id });
    if (!user) throw notFound(...WHAT);
    return (await this.view(em, [user], caller))[0];
  }

  async create(dto: CreateUserDto, caller: AuthUser): Promise<AdminUser> {
    const { password, chainIds, ...fields } = dto;
    this.checkRules(caller, 0, dto.role, dto);
    const passwordHash = await this.hash(password, fields.username);
    return mapDuplicates(
      () =>
        inTransaction(this.db, async (em) => {
          await this.checkTeam(em, fields.teamId);
          const [taken] = await em.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [fields.username]);
          if (taken) throw usernameTaken();
          const saved = await em.getRepository(User).save(em.getRepository(User).create({ ...fields, passwordHash }));
          if (chainIds) await this.setChains(em, saved.id, chainIds);
          return this.get(saved.id, caller, em) as Promise<AdminUser>;
        }),
      { uq_app_user_username: usernameTaken },
    );
  }

  async update(id: number, dto: UpdateUserDto, caller: AuthUser): Promise<AdminUser> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    const { version, id: _id, password, chainIds, ...changes } = dto;
    const current = await this.db.getRepository(User).findOneBy({ id });
    if (!current) throw notFound(...WHAT);
    this.checkRules(caller, id, current.role, dto);
    const passwordHash = password === undefined ? undefined : await this.hash(password, changes.username ?? current.username);
    return mapDuplicates(
      () =>
        inTransaction(this.db, async (em) => {
          await this.checkTeam(em, changes.teamId);
          if (changes.username !== undefined) {
            const [taken] = await em.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1) AND id <> $2', [changes.username, id]);
            if (taken) throw usernameTaken();
          }
          await updateVersioned(em, User, id, version, { ...changes, ...(passwordHash ? { passwordHash } : {}) }, WHAT);
          // A new password or a disabled account ends every session of that user on its next request.
          if (passwordHash) await this.sessions.revokeAll(em, id, 'admin');
          if (changes.active === false) await this.sessions.revokeAll(em, id, 'disabled');
          const role = changes.role ?? current.role;
          if (role !== 'chain_manager') await this.setChains(em, id, []);
          else if (chainIds) await this.setChains(em, id, chainIds);
          return this.get(id, caller, em) as Promise<AdminUser>;
        }),
      { uq_app_user_username: usernameTaken },
    );
  }

  /** Users are never deleted (targets and logs keep their author); DELETE disables the account. */
  async disable(id: number, caller: AuthUser): Promise<AdminUser> {
    const current = await this.db.getRepository(User).findOneBy({ id });
    if (!current) throw notFound(...WHAT);
    this.checkRules(caller, id, current.role, { active: false });
    if (current.active) {
      await inTransaction(this.db, async (em) => {
        await em.getRepository(User).save({ id, active: false });
        await this.sessions.revokeAll(em, id, 'disabled');
      });
    }
    return this.get(id, caller) as Promise<AdminUser>;
  }

  async listTeams(query: Record<string, unknown>): Promise<ListResult<Team>> {
    const { filter, skip, take, sort } = parseListQuery(query, ['id', 'name'], { field: 'name', order: 'ASC' });
    const qb = this.db.getRepository(Team).createQueryBuilder('t');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('t.id = ANY(:ids)', { ids });
    const q = stringFilter(filter.q, 'q', 100);
    if (q) qb.andWhere('t.name ILIKE :q', { q: containsPattern(q) });
    qb.orderBy(`t.${sort.field}`, sort.order).addOrderBy('t.id', 'ASC').skip(skip).take(take);
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip };
  }

  async getTeam(id: number): Promise<Team> {
    const team = await this.db.getRepository(Team).findOneBy({ id });
    if (!team) throw notFound('team', '小组');
    return team;
  }

  private checkRules(caller: AuthUser, userId: number, currentRole: User['role'], change: UpdateUserDto | CreateUserDto | { active: false }): void {
    const problem = userChangeProblem(caller.id, userId, currentRole, change);
    if (problem) {
      const [en, zh] = USER_RULE_MESSAGES[problem.rule];
      throw ruleBroken(problem.rule, en, zh, problem.field);
    }
  }

  private async hash(password: string, username: string): Promise<string> {
    const problem = passwordProblem(password, username);
    if (problem) throw invalidField('password', problem, ...PASSWORD_PROBLEM_MESSAGES[problem]);
    return hashPassword(password);
  }

  private async checkTeam(em: EntityManager, teamId: number | null | undefined): Promise<void> {
    if (!teamId) return;
    const [hit] = await em.query('SELECT 1 FROM team WHERE id = $1', [teamId]);
    if (!hit) throw invalidField('teamId', 'notFound', 'team does not exist', '小组不存在');
  }

  private async setChains(em: EntityManager, userId: number, chainIds: number[]): Promise<void> {
    if (chainIds.length) {
      const found: { id: number }[] = await em.query('SELECT id FROM chain WHERE id = ANY($1::int[])', [chainIds]);
      const missing = chainIds.filter((c) => !found.some((f) => f.id === c));
      if (missing.length) throw invalidField('chainIds', 'notFound', `chains not found: ${missing.join(', ')}`, `产业链不存在：${missing.join('、')}`);
    }
    // The chain set is recorded on the user.
    await setLinksAudited(em, MANAGED_CHAINS, userId, chainIds);
  }

  private async view(em: EntityManager, users: User[], caller: AuthUser): Promise<(PublicUser | AdminUser)[]> {
    if (caller.role !== 'admin') {
      return users.map(({ id, username, displayName, role, teamId }) => ({ id, username, displayName, role, teamId }));
    }
    if (!users.length) return [];
    const rows: { user_id: number; ids: number[] }[] = await em.query(
      'SELECT user_id, array_agg(chain_id ORDER BY chain_id) AS ids FROM chain_manager WHERE user_id = ANY($1::int[]) GROUP BY user_id',
      [users.map((u) => u.id)],
    );
    const byUser = new Map(rows.map((r) => [r.user_id, r.ids]));
    return users.map(({ passwordHash: _hash, team: _team, ...u }) => ({ ...u, chainIds: byUser.get(u.id) ?? [] }));
  }
}
