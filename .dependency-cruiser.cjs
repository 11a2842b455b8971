/** Boundaries the code must keep (run by `npm run lint:deps`, part of npm test). */
module.exports = {
  forbidden: [
    {
      name: 'libs-not-apps',
      comment: 'Feature libraries never import application wiring.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'devenv-only-for-launchers',
      comment: 'The dev-environment launcher (embedded Postgres, redis-server) serves scripts/ and test/, never the product.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '^libs/(config|devenv)/' },
      to: { path: '^libs/devenv/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true },
    },
    {
      name: 'admin-isolated',
      comment: 'The browser app talks to the API over HTTP only; the one library it shares is the framework-free contract (libs/contracts).',
      severity: 'error',
      from: { path: '^apps/admin/' },
      to: { path: '^(libs|apps/api|apps/worker)/', pathNot: '^libs/contracts/' },
    },
    {
      name: 'contracts-pure',
      comment: 'libs/contracts is bundled into the browser app: it imports nothing but itself (no Nest, no TypeORM, no I/O, no npm package).',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { pathNot: '^libs/contracts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(\\.spec\\.ts$|node_modules|dist)' },
  },
};
