import type { EntityManager } from 'typeorm';
import type { UserContext } from '@crm/access';
import type { ImportLookups } from './import.rules';

/**
 * Reference data an import resolves names against, loaded once per upload (chains, links and users
 * are a few hundred rows, not the file). A chain manager may only import into chains they manage.
 */
export async function loadImportLookups(em: EntityManager, ctx: UserContext): Promise<ImportLookups> {
  const chains: { id: number; code: string; name: string }[] = await em.query(`SELECT id, code, name FROM chain`);
  const links: { id: number; chain_id: number; code: string; name: string }[] = await em.query(`SELECT id, chain_id, code, name FROM chain_link`);
  const users: { id: number; username: string; display_name: string }[] = await em.query(`SELECT id, username, display_name FROM app_user WHERE active`);

  const linksOf = new Map<number, Map<string, number>>();
  for (const l of links) {
    const m = linksOf.get(l.chain_id) ?? new Map<string, number>();
    m.set(l.code, l.id);
    if (!m.has(l.name)) m.set(l.name, l.id);
    linksOf.set(l.chain_id, m);
  }
  const byKey = new Map<string, number[]>();
  for (const c of chains) {
    for (const k of new Set([c.name, c.code])) byKey.set(k, [...(byKey.get(k) ?? []), c.id]);
  }
  const allowed = (id: number) => ctx.user.role === 'admin' || ctx.managedChainIds.includes(id);
  // The template's drop-down offers display names; usernames keep working. A display name two
  // people share, or one that is someone else's username, resolves to nobody (reported as unknown).
  const owners = new Map(users.map((u) => [u.username, u.id]));
  const byDisplay = new Map<string, number[]>();
  for (const u of users) byDisplay.set(u.display_name, [...(byDisplay.get(u.display_name) ?? []), u.id]);
  for (const [name, ids] of byDisplay) if (ids.length === 1 && !owners.has(name)) owners.set(name, ids[0]);

  return {
    chain(key) {
      const ids = byKey.get(key);
      if (!ids) return undefined;
      if (ids.length > 1) return 'ambiguous';
      if (!allowed(ids[0])) return 'not_allowed';
      return { id: ids[0], links: linksOf.get(ids[0]) ?? new Map() };
    },
    owner: (username) => owners.get(username),
  };
}
