/**
 * `npm run test:faults`: Postgres restarted and Redis stopped under the running app. Each file
 * starts its own embedded Postgres and redis-server on free ports; the machine's shared services
 * are never touched. No global setup: these tests bring their own databases.
 */
const root = require('../../jest.config.js');

module.exports = {
  rootDir: root.rootDir,
  testEnvironment: 'node',
  transform: root.transform,
  moduleNameMapper: root.moduleNameMapper,
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  testTimeout: 240000,
  maxWorkers: 1,
};
