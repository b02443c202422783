// `npm run test:compat`: the compatibility smoke on the n8n that N8N_RUNTIME_VERSION names (the
// default version when unset); .ci/run runs it once per version of the matrix.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ['**/test/compat/**/*.compat.ts'], testTimeout: 300000 };
