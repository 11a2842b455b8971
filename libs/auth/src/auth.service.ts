import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppError, invalidField } from '@crm/http';
import { Clock } from '@crm/time';
import { hashPassword, PASSWORD_PROBLEM_MESSAGES, passwordProblem, User, verifyPassword } from '@crm/users';
import { AuthEvents } from './auth-events';
import { LoginLimiter } from './login-limiter';
import type { AuthUser, Role } from './role';
import { liveSessionUser, openSession, revokeSession, revokeUserSessions } from './sessions';

interface TokenClaims {
  sub: number;
  /** auth_session id: the token is good only while that session is live. */
  sid: number;
  username: string;
  role: Role;
  teamId: number | null;
}

const tooMany = (seconds: number) =>
  new AppError(429, 'too_many_attempts', `Too many failed logins; try again in ${seconds} s`, `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`);
const badCredentials = () => new AppError(401, 'bad_credentials', 'Wrong username or password', '用户名或密码错误');

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    @Inject(LoginLimiter) private readonly limiter: LoginLimiter,
    private readonly events: AuthEvents,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string, ip: string): Promise<{ accessToken: string }> {
    const wait = await this.limiter.retryAfter(username, ip);
    if (wait > 0) throw tooMany(wait);
    const user = await this.users.findOne({
      where: { username, active: true },
      select: { id: true, username: true, role: true, teamId: true, passwordHash: true },
    });
    // Verify against a dummy hash when the user is unknown, so timing does not reveal usernames.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok) {
      await this.limiter.recordFailure(username, ip);
      throw badCredentials();
    }
    await this.limiter.reset(username);
    await this.events.loggedIn({ id: user.id, username: user.username, role: user.role, teamId: user.teamId }, ip);
    return { accessToken: await this.issue(this.users.manager, user) };
  }

  /**
   * Verifies a bearer token, then that its session is live and its user active — in Postgres on
   * every request, so a revocation made by any API process holds on the next request everywhere.
   * Role and team come from the row, not the token, so an admin's change applies at once too.
   */
  async authenticate(token: string): Promise<AuthUser | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { clockTimestamp: this.seconds() });
    } catch {
      return null;
    }
    if (!Number.isSafeInteger(claims.sid) || !Number.isSafeInteger(claims.sub)) return null;
    return liveSessionUser(this.users.manager, claims.sid, claims.sub);
  }

  /** 退出登录: this session's token is refused from its next request on. */
  async logout(caller: AuthUser): Promise<void> {
    if (caller.sessionId) await revokeSession(this.users.manager, caller.sessionId, 'logout');
  }

  /**
   * Changes the caller's own password: the current one is required, the new one must pass the
   * strength rule. Every session of the user — this one included — is revoked in the same
   * transaction, and a fresh token for a new session is returned so the caller stays signed in.
   */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string, ip: string): Promise<{ accessToken: string; signedOut: number }> {
    const wait = await this.limiter.retryAfter(caller.username, ip);
    if (wait > 0) throw tooMany(wait);
    const user = await this.users.findOneOrFail({
      where: { id: caller.id },
      select: { id: true, username: true, role: true, teamId: true, passwordHash: true },
    });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.limiter.recordFailure(caller.username, ip);
      throw invalidField('currentPassword', 'wrong', 'the current password is wrong', '当前密码不正确');
    }
    const problem = passwordProblem(newPassword, user.username);
    if (problem) throw invalidField('newPassword', problem, ...PASSWORD_PROBLEM_MESSAGES[problem]);
    if (newPassword === currentPassword) throw invalidField('newPassword', 'unchanged', 'the new password equals the current one', '新密码不能与当前密码相同');
    const passwordHash = await hashPassword(newPassword);
    return this.users.manager.transaction(async (em) => {
      await em.getRepository(User).save({ id: user.id, passwordHash });
      const revoked = await revokeUserSessions(em, user.id, 'password');
      const accessToken = await this.issue(em, user);
      return { accessToken, signedOut: Math.max(0, revoked - 1) };
    });
  }

  async me(id: number): Promise<User> {
    return this.users.findOneOrFail({ where: { id } });
  }

  private async issue(em: EntityManager, user: Pick<User, 'id' | 'username' | 'role' | 'teamId'>): Promise<string> {
    const sid = await openSession(em, user.id);
    const claims: TokenClaims = { sub: user.id, sid, username: user.username, role: user.role, teamId: user.teamId };
    return this.jwt.signAsync({ ...claims, iat: this.seconds() });
  }

  /** Tokens are issued and checked by the app's Clock (a test moves it past an expiry). */
  private seconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}

// Hash of a random secret nobody knows; verifying against it spends the same time on unknown users.
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomBytes(24).toString('hex')));
