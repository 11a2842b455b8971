import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '@crm/http';
import { AuthEvents } from './auth-events';
import { LoginLimiter } from './login-limiter';
import { hashPassword, verifyPassword } from './password';
import type { AuthUser, Role } from './role';
import { User } from './user.entity';

interface TokenClaims {
  sub: number;
  username: string;
  role: Role;
  teamId: number | null;
}

const tooMany = (seconds: number) =>
  new AppError(429, 'too_many_attempts', `Too many failed logins; try again in ${seconds} s`, `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`);
const badCredentials = () => new AppError(401, 'bad_credentials', 'Wrong username or password', '用户名或密码错误');

@Injectable()
export class AuthService {
  /** Short cache of live users so every request does not hit Postgres; a disabled user is out within 10 s. */
  private readonly live = new Map<number, { user: AuthUser | null; until: number }>();

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    @Inject(LoginLimiter) private readonly limiter: LoginLimiter,
    private readonly events: AuthEvents,
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
    const claims: TokenClaims = { sub: user.id, username: user.username, role: user.role, teamId: user.teamId };
    return { accessToken: await this.jwt.signAsync(claims) };
  }

  /** Verifies a bearer token and that its user is still active; null when either fails. */
  async authenticate(token: string): Promise<AuthUser | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    const now = Date.now();
    const hit = this.live.get(claims.sub);
    if (hit && hit.until > now) return hit.user;
    const u = await this.users.findOne({ where: { id: claims.sub, active: true } });
    const user: AuthUser | null = u ? { id: u.id, username: u.username, role: u.role, teamId: u.teamId } : null;
    if (this.live.size > 10_000) this.live.clear();
    this.live.set(claims.sub, { user, until: now + 10_000 });
    return user;
  }

  async me(id: number): Promise<User> {
    return this.users.findOneOrFail({ where: { id } });
  }
}

// Hash of a random secret nobody knows; verifying against it spends the same time on unknown users.
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomBytes(24).toString('hex')));
