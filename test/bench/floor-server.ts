/**
 * The floor: a bare Node `http` + `pg` server answering each bench path with the statements the
 * API ran for it (captured from the API's own query log), on a pool of the API's size, as JSON.
 * Run as a child process: `node floor-server.js <routes.json> <port> <database-url> <pool>`.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import type { Statement } from './sql-capture';

const [routesFile, port, databaseUrl, poolSize] = process.argv.slice(2);
const routes = JSON.parse(readFileSync(routesFile, 'utf8')) as Record<string, Statement[]>;
// The API's data source sets the same session time zone.
const pool = new Pool({ connectionString: databaseUrl, max: Number(poolSize), options: '-c timezone=Asia/Shanghai' });

const server = createServer((req, res) => {
  const path = (req.url ?? '').split('?')[0];
  if (path === '/health') return void res.writeHead(200).end('ok');
  const statements = routes[path];
  if (!statements) return void res.writeHead(404).end();
  void (async () => {
    try {
      // Sequentially, as the ORM runs one request's queries on one request's behalf.
      const results: unknown[][] = [];
      for (const s of statements) results.push((await pool.query(s.sql, s.params)).rows);
      const body = JSON.stringify(results.length === 1 ? results[0] : results);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  })();
});
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
