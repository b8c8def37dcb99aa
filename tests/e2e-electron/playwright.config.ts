import { defineConfig } from '@playwright/test';

// Real-Electron smoke tests: `npm run test:electron` where the Electron runtime is installed.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: 'list',
});
