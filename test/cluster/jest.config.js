/**
 * `npm run test:cluster`: two API processes and two workers behind a local nginx, under load, with
 * one of each SIGKILLed and restarted. Uses the normal global setup (template databases) but runs
 * apart from `npm test` (it takes over a minute and loads the whole machine).
 */
const root = require('../../jest.config.js');

module.exports = {
  ...root,
  testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 600000,
  maxWorkers: 1,
};
