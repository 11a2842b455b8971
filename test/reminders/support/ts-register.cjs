// Lets a child process run the TypeScript sources directly (`node -r ./test/reminders/support/ts-register.cjs
// apps/worker/src/main.ts`), compiled on the fly by @swc/core with the same options Jest uses, so
// multi-process tests need no build step and never run a stale dist/.
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');

const root = join(__dirname, '..', '..', '..');
const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2022',
    baseUrl: root,
    paths: { '@crm/*': ['libs/*/src'], '@seeds/*': ['seeds/*'] },
  },
  module: { type: 'commonjs' },
});

Module._extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), options(filename));
  module._compile(code, filename);
};
