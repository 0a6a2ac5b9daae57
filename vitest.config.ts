import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ before the tests, which read the built Code.js and Sidebar.html.
    globalSetup: ['tests/support/build-dist.ts'],
    // Browser tests start Chromium and the preview server; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
