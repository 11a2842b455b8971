#!/usr/bin/env node
// `npm test`: type-check, build the backoffice for the browser tests, prepare Chromium, then run
// every Jest suite (pure, service-level against real Postgres/Redis, HTTP e2e, browser).
// Extra arguments go to Jest, e.g. `npm test -- test/e2e/auth`.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const faults = args.includes('--faults');
const jestArgs = args.filter((a) => a !== '--faults');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(title, cmd, cmdArgs, opts = {}) {
  console.log(`\n> ${title}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`${title} failed`);
    process.exit(r.status ?? 1);
  }
}

if (faults) {
  step('fault tests (Postgres restart, Redis stop)', bin('jest'), ['--config', 'test/faults/jest.config.js', '--runInBand', ...jestArgs]);
  process.exit(0);
}

step('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('type-check the backoffice', bin('tsc'), ['-p', join('apps', 'admin', 'tsconfig.json')]);
step('module boundaries (dependency-cruiser)', 'npm', ['run', '--silent', 'lint:deps']);
step('lint (ESLint)', 'npm', ['run', '--silent', 'lint']);
step('format (Prettier)', 'npm', ['run', '--silent', 'format:check']);
require('./browser-prereqs.cjs').ensureBrowserPrereqs(root);
step('jest', bin('jest'), jestArgs, { env: { ...process.env, ADMIN_DIST_DIR: join(root, 'apps', 'admin', 'dist') } });
