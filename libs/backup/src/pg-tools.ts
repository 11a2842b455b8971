import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * pg_dump and pg_restore for the server being backed up. pg_dump refuses a server newer than
 * itself, and an archive is best read by the pg_restore of the same release, so the tools are
 * chosen by the server's major version: Debian's /usr/lib/postgresql/<major>/bin first (the exact
 * major, else the oldest newer one), then whatever is on PATH if its major is new enough.
 * The embedded Postgres of the dev launcher ships no client tools; install postgresql-client-<major>.
 */
export interface PgTools {
  pgDump: string;
  pgRestore: string;
  major: number;
}

const majorOf = (bin: string): number | undefined => {
  try {
    const out = execFileSync(bin, ['--version'], { encoding: 'utf8' });
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
};

export function findPgTools(serverMajor: number, debianRoot = '/usr/lib/postgresql'): PgTools {
  const candidates: PgTools[] = [];
  if (existsSync(debianRoot)) {
    for (const dir of readdirSync(debianRoot)) {
      const bin = join(debianRoot, dir, 'bin');
      const major = Number(dir);
      if (Number.isInteger(major) && existsSync(join(bin, 'pg_dump')) && existsSync(join(bin, 'pg_restore'))) {
        candidates.push({ pgDump: join(bin, 'pg_dump'), pgRestore: join(bin, 'pg_restore'), major });
      }
    }
  }
  const onPath = majorOf('pg_dump');
  if (onPath !== undefined && majorOf('pg_restore') === onPath) candidates.push({ pgDump: 'pg_dump', pgRestore: 'pg_restore', major: onPath });
  const usable = candidates.filter((c) => c.major >= serverMajor).sort((a, b) => a.major - b.major);
  if (!usable.length) {
    const found = candidates.map((c) => c.major).join(', ') || 'none';
    throw new Error(`no pg_dump/pg_restore for PostgreSQL ${serverMajor} (found: ${found}); install postgresql-client-${serverMajor}`);
  }
  return usable[0];
}
