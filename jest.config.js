/** One Jest run for all three kinds of test: pure (*.spec.ts), service-level and HTTP e2e (test/**, *.int-spec.ts). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      keepClassNames: true,
      target: 'es2022',
      // Rewrites @crm/* imports itself, so code Jest loads outside its resolver (globalSetup) works too.
      baseUrl: __dirname,
      paths: { '@crm/pipeline/reads': ['libs/pipeline/src/reads'], '@crm/*': ['libs/*/src'], '@seeds/*': ['seeds/*'] },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@crm/pipeline/reads$': '<rootDir>/libs/pipeline/src/reads',
    '^@crm/([^/]+)$': '<rootDir>/libs/$1/src',
    '^@seeds/(.*)$': '<rootDir>/seeds/$1',
  },
  testMatch: ['<rootDir>/{libs,apps,seeds,test}/**/*.{spec,int-spec,e2e-spec,browser-spec}.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/faults/', '/test/bench/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/worker-env.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  forceExit: false,
};
