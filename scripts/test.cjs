#!/usr/bin/env node
// `npm test`: the static checks (type-checks, module boundaries, ESLint, Prettier), the backoffice
// build and Chromium for the browser tests, then every Jest suite (pure, service-level against real
// Postgres/Redis, HTTP e2e, browser). Extra arguments go to Jest, e.g. `npm test -- test/e2e/auth`.
const { spawn, spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { mkdirSync } = require('node:fs');

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const faults = args.includes('--faults');
const jestArgs = args.filter((a) => a !== '--faults');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const cache = join(root, 'node_modules', '.cache');

function step(title, cmd, cmdArgs, opts = {}) {
  console.log(`\n> ${title}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`${title} failed`);
    process.exit(r.status ?? 1);
  }
}

/** One static check with its output held back, so checks running side by side print whole. */
function check(title, cmd, cmdArgs) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (e) => resolve({ title, status: 1, output: String(e), seconds: 0 }));
    child.on('close', (status) => resolve({ title, status, output: Buffer.concat(out).toString(), seconds: (Date.now() - started) / 1000 }));
  });
}

/**
 * The static checks are independent and each mostly single-threaded, so they run side by side (two
 * at a time would leave the slowest, ESLint or the backoffice's type-check, alone at the end anyway).
 * Type-checks keep their build info under node_modules/.cache, so a second run checks only what changed.
 */
async function staticChecks() {
  mkdirSync(join(cache, 'tsc'), { recursive: true });
  const tsc = (project, info) => [bin('tsc'), ['--noEmit', '-p', project, '--incremental', '--tsBuildInfoFile', join(cache, 'tsc', info)]];
  const checks = [
    ['type-check', ...tsc('tsconfig.json', 'server.tsbuildinfo')],
    ['type-check the backoffice', ...tsc(join('apps', 'admin', 'tsconfig.json'), 'admin.tsbuildinfo')],
    ['module boundaries (dependency-cruiser)', 'npm', ['run', '--silent', 'lint:deps']],
    ['lint (ESLint)', 'npm', ['run', '--silent', 'lint']],
    ['format (Prettier)', 'npm', ['run', '--silent', 'format:check']],
  ];
  console.log(`\n> static checks: ${checks.map(([t]) => t).join(', ')}`);
  const results = await Promise.all(checks.map(([title, cmd, cmdArgs]) => check(title, cmd, cmdArgs)));
  for (const r of results) {
    console.log(`\n> ${r.title} (${r.seconds.toFixed(0)} s): ${r.status === 0 ? 'ok' : 'FAILED'}`);
    if (r.output.trim()) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
  }
  const failed = results.filter((r) => r.status !== 0);
  if (failed.length) {
    console.error(`failed: ${failed.map((r) => r.title).join(', ')}`);
    process.exit(1);
  }
}

async function main() {
  if (faults) {
    step('fault tests (Postgres restart, Redis stop)', bin('jest'), ['--config', 'test/faults/jest.config.js', '--runInBand', ...jestArgs]);
    return;
  }
  await staticChecks();
  require('./browser-prereqs.cjs').ensureBrowserPrereqs(root);
  step('jest', bin('jest'), jestArgs, { env: { ...process.env, ADMIN_DIST_DIR: join(root, 'apps', 'admin', 'dist') } });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
