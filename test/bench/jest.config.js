/** Pure specs of the bench (the root config skips test/bench, whose run.ts is not a test). */
const root = require('../../jest.config.js');

module.exports = {
  ...root,
  rootDir: __dirname + '/../..',
  testMatch: ['<rootDir>/test/bench/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: undefined,
  globalTeardown: undefined,
  setupFiles: [],
};
