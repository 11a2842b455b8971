// Lets a child process run the TypeScript sources directly (`node -r ./test/reminders/support/ts-register.cjs
// apps/worker/src/main.ts`), compiled on the fly by @swc/core with the same options Jest uses, so
// multi-process tests need no build step and never run a stale dist/.
const { transformSync } = require('@swc/core');
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const Module = require('node:module');

const root = join(__dirname, '..', '..', '..');
// The same path aliases as Jest (and tsconfig.json), read from one place.
const [, jestSwc] = Object.values(require(join(root, 'jest.config.js')).transform)[0];
const paths = jestSwc.jsc.paths;
const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2022',
    baseUrl: root,
    paths,
  },
  module: { type: 'commonjs' },
});

// Compiled files are cached by path, size, mtime and the compile options (a new path alias must not
// be served stale output), so a restarted worker starts in a moment.
const optionsKey = JSON.stringify(options(''));
const cacheDir = join(tmpdir(), 'crm-ts-register-cache');
mkdirSync(cacheDir, { recursive: true });

function compiled(filename) {
  const st = statSync(filename);
  const key = createHash('sha1').update(`${filename}\0${st.size}\0${st.mtimeMs}\0${optionsKey}`).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    const { code } = transformSync(readFileSync(filename, 'utf8'), options(filename));
    writeFileSync(`${cached}.${process.pid}`, code);
    renameSync(`${cached}.${process.pid}`, cached);
    return code;
  }
}

Module._extensions['.ts'] = function compile(module, filename) {
  module._compile(compiled(filename), filename);
};
