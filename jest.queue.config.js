/** Queue-mode suite (npm run test:queue): n8n with PostgreSQL, Redis, 2 workers and 2 webhook processes. */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['**/test/queue/**/*.queue.ts'], testTimeout: 900000 };
