import { Client } from 'pg';
import { benchFirmName } from './names';
import type { PathGroup } from './report';

export interface HotPath {
  name: string;
  user: 'leader' | 'promoter';
  group: PathGroup;
  /** The OpenAPI path the URL belongs to, to tell a missing route from a failing one. */
  route: string;
  url: string;
  /** Connections to drive it with, when not the run's default. */
  connections?: number;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: unknown[]; default?: unknown } }[] }>>;
}

const q = (v: unknown) => encodeURIComponent(JSON.stringify(v));

/**
 * The hot paths, with ids picked from the generated data: the chain where the demo promoter's
 * team has the most targets in 接洽 (so the scoped list is not empty), one of the promoter's
 * targets for the timeline, a common (科技) and a rare (one brand) name fragment, and every GET
 * route under /api/cockpit the OpenAPI document lists.
 */
export async function choosePaths(db: Client, docs: OpenApiDoc | undefined): Promise<{ paths: HotPath[]; notes: string[]; picked: Record<string, unknown> }> {
  const { rows: chain } = await db.query<{ chain_id: number }>(
    `SELECT t.chain_id FROM target t JOIN app_user u ON u.id = t.owner_id
     WHERE t.stage = 'contact' AND u.team_id = (SELECT team_id FROM app_user WHERE username = 'promoter')
     GROUP BY t.chain_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const { rows: target } = await db.query<{ id: number }>(
    `SELECT t.id FROM target t WHERE t.owner_id = (SELECT id FROM app_user WHERE username = 'promoter')
     ORDER BY (SELECT count(*) FROM contact_log l WHERE l.target_id = t.id) DESC, t.id LIMIT 1`,
  );
  // 候选企业: the CAD link of the seeded 工业软件 chain (the example), else the first link.
  const { rows: cad } = await db.query<{ id: number }>(
    `SELECT l.id FROM chain_link l JOIN chain c ON c.id = l.chain_id ORDER BY (c.name = '工业软件' AND l.code = 'cad') DESC, l.id LIMIT 1`,
  );
  const chainId = chain[0]?.chain_id;
  const targetId = target[0]?.id;
  const rare = benchFirmName(12345).slice(0, 2);
  const { rows: counts } = await db.query<{ common: string; rare: string }>(
    `SELECT count(*) FILTER (WHERE search_text ILIKE '%科技%') common, count(*) FILTER (WHERE search_text ILIKE '%' || $1 || '%') rare FROM firm`,
    [rare],
  );
  const candidateLinkId = cad[0]?.id;
  const picked = {
    chainId,
    targetId,
    candidateLinkId,
    rareFragment: rare,
    firmsMatchingCommon: Number(counts[0].common),
    firmsMatchingRare: Number(counts[0].rare),
  };

  const list = `/api/targets?filter=${q({ chainId, stage: 'contact' })}&sort=${q(['lastActivityAt', 'DESC'])}&range=${q([0, 24])}`;
  const search = (frag: string) => `/api/firms?filter=${q({ q: frag })}&range=${q([0, 24])}`;
  const paths: HotPath[] = [];
  for (const user of ['leader', 'promoter'] as const) {
    paths.push({ name: 'targets: chain+stage by last activity', user, group: 'list', route: '/api/targets', url: list });
  }
  for (const user of ['leader', 'promoter'] as const) {
    paths.push({ name: 'firms: search 科技', user, group: 'search', route: '/api/firms', url: search('科技') });
  }
  paths.push({ name: `firms: search ${rare} (rare)`, user: 'leader', group: 'search', route: '/api/firms', url: search(rare) });
  for (const user of ['leader', 'promoter'] as const) {
    paths.push({ name: 'target timeline', user, group: 'timeline', route: '/api/targets/{id}/timeline', url: `/api/targets/${targetId}/timeline` });
  }
  for (const user of ['leader', 'promoter'] as const) {
    paths.push({ name: 'chain map with coverage', user, group: 'map', route: '/api/chains/{id}/map', url: `/api/chains/${chainId}/map` });
  }

  // The goal for the ranking is at 4 connections (an office, not a crowd).
  for (const user of ['leader', 'promoter'] as const) {
    paths.push({
      name: 'candidates for a link (top 20)',
      user,
      group: 'candidates',
      route: '/api/chain-links/{id}/candidates',
      url: `/api/chain-links/${candidateLinkId}/candidates?take=20`,
      connections: 4,
    });
  }

  const notes: string[] = [];
  const cockpit = Object.entries(docs?.paths ?? {}).filter(([p, ops]) => p.startsWith('/api/cockpit') && ops.get);
  if (!cockpit.length) notes.push('no GET /api/cockpit/* route in /api/docs-json: cockpit not benched');
  // The main cockpit views (the overview, the funnel, KPIs vs plan, one chain); the rest are listed, not benched, to keep the run under 10 minutes.
  const MAIN = /^\/api\/cockpit\/(overview|funnel|kpis|chains\/\{id\})$/;
  const skipped = cockpit.filter(([route]) => !MAIN.test(route)).map(([route]) => route);
  if (skipped.length) notes.push(`cockpit routes not benched (only the main views are): ${skipped.join(', ')}`);
  for (const [route, ops] of cockpit.filter(([r]) => MAIN.test(r))) {
    const params = ops.get.parameters ?? [];
    // Path parameters: {id} is the benched chain; others take their first enum value.
    let url: string | undefined = route;
    for (const p of params.filter((x) => x.in === 'path')) {
      const v = p.name === 'id' ? chainId : p.schema?.enum?.[0];
      url = v === undefined ? undefined : url?.replace(`{${p.name}}`, encodeURIComponent(String(v)));
    }
    const query = params.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, p.schema?.default ?? p.schema?.enum?.[0]] as const);
    if (url === undefined || query.some(([, v]) => v === undefined)) {
      notes.push(`${route}: a required parameter has no default or enum in the OpenAPI document, not benched`);
      continue;
    }
    const qs = query.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
    // Every cockpit route as the leader (sees all); the scoped promoter on the overview only, to keep the bench under 10 minutes.
    const users = /overview$/.test(route) ? (['leader', 'promoter'] as const) : (['leader'] as const);
    for (const user of users) {
      paths.push({ name: `cockpit ${url.replace('/api/cockpit', '') || '/'}`, user, group: 'cockpit', route, url: url + (qs ? `?${qs}` : '') });
    }
  }
  return { paths, notes, picked };
}

/** Is the path's route served? Without an OpenAPI document every route is tried. */
export function routeExists(docs: OpenApiDoc | undefined, route: string): boolean {
  return !docs || Boolean(docs.paths[route]?.get);
}
