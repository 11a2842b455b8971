// Browser tests need Debian's chromium (never a downloaded browser), a CJK font so Chinese
// renders, and the built backoffice. Installs what is missing when it can (root + apt-get).
const { existsSync, readdirSync, statSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBrowserPrereqs(root) {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-wqy-microhei');
  if (missing.length) {
    const root_ = process.getuid && process.getuid() === 0;
    console.log(`\n> installing ${missing.join(', ')} from Debian's packages`);
    if (!root_) {
      console.error(`Browser tests need: apt-get install ${missing.join(' ')} (run as root)`);
      process.exit(1);
    }
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const src = join(root, 'apps', 'admin', 'src');
  const built = join(root, 'apps', 'admin', 'dist', 'index.html');
  if (existsSync(src) && (!existsSync(built) || newest(src) > statSync(built).mtimeMs)) {
    console.log('\n> building the backoffice (vite build)');
    const r = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

module.exports = { ensureBrowserPrereqs };
