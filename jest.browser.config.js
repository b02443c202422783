// `npm run test:browser`: the editor test in Chromium, kept out of `npm test` (it needs the
// system Chromium, which .ci/run installs).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ['**/test/browser/**/*.browser.ts'], testTimeout: 180000 };
