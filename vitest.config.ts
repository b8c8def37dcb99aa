import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // The workers are bundled once (tests start them as the app does, without tsx); the
          // PostgreSQL cluster the team-mode runs of the same tests use is started (or joined).
          globalSetup: ['tests/support/workersGlobalSetup.ts', 'tests/support/postgresGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The packaging check (`npm run package:check`, after `electron-vite build`): builds the
        // packaged layouts once (globalSetup), then inspects them and boots the packaged main process.
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/package/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
