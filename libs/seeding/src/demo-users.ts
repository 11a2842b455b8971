import { DataSource, In } from 'typeorm';
import { Role } from '@crm/auth';
import { hashPassword, Team, User } from '@crm/users';

export const DEMO_PASSWORD = 'Demo@2025';

/** Demo accounts (marked demo = true). Created by the demo seed only, never by migrations. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; team?: string; email: string }[] = [
  { username: 'admin', displayName: '系统管理员（演示）', role: 'admin', email: 'admin@demo.invalid' },
  { username: 'leader', displayName: '王分管（演示）', role: 'leader', team: '招商一组（演示）', email: 'leader@demo.invalid' },
  { username: 'chain', displayName: '李链长（演示）', role: 'chain_manager', email: 'chain@demo.invalid' },
  { username: 'promoter', displayName: '张专员（演示）', role: 'promoter', team: '招商一组（演示）', email: 'promoter@demo.invalid' },
  { username: 'promoter2', displayName: '陈专员（演示）', role: 'promoter', team: '招商二组（演示）', email: 'promoter2@demo.invalid' },
  { username: 'leader2', displayName: '赵分管（演示）', role: 'leader', team: '招商二组（演示）', email: 'leader2@demo.invalid' },
];

/** Idempotent: existing demo users keep their passwords and ids. Returns users by username. */
export async function seedDemoUsers(ds: DataSource): Promise<Map<string, User>> {
  return ds.transaction(async (em) => {
    const teams = new Map<string, Team>();
    for (const name of new Set(DEMO_USERS.map((u) => u.team).filter((t): t is string => !!t))) {
      await em.createQueryBuilder().insert().into(Team).values({ name, demo: true }).orIgnore().execute();
      teams.set(name, await em.findOneByOrFail(Team, { name }));
    }
    // Hashing is slow by design (argon2); skip it on the usual re-run where every user exists.
    const existing = await em.countBy(User, { username: In(DEMO_USERS.map((u) => u.username)) });
    const hash = existing < DEMO_USERS.length ? await hashPassword(DEMO_PASSWORD) : '';
    const out = new Map<string, User>();
    for (const u of DEMO_USERS) {
      if (hash) {
        await em
          .createQueryBuilder()
          .insert()
          .into(User)
          .values({
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            email: u.email,
            passwordHash: hash,
            demo: true,
            teamId: u.team ? teams.get(u.team)!.id : null,
          })
          .orIgnore()
          .execute();
      }
      out.set(u.username, await em.findOneByOrFail(User, { username: u.username }));
    }
    for (const u of DEMO_USERS.filter((d) => d.role === 'leader' && d.team)) {
      await em.update(Team, { id: teams.get(u.team!)!.id }, { leaderId: out.get(u.username)!.id });
    }
    return out;
  });
}
