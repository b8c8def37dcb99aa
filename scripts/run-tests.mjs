#!/usr/bin/env node
// `npm test`: type check, lint, unit + integration tests (vitest), build, end-to-end tests (Playwright
// in Debian Chromium), the packaging check (vitest project "package": builds the packaged layouts
// with a stand-in Electron and boots them). Prints one closing line "N passed, N failed" counting
// every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const failures = [];
const step = (name, command, args) => {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) failures.push(name);
  return run.status === 0;
};

const npx = 'npx';
for (const project of ['tsconfig.json', 'tsconfig.web.json', 'tsconfig.e2e.json'])
  step(`typecheck ${project}`, npx, ['tsc', '-p', project]);
step('lint', npx, ['eslint', '.', '--max-warnings', '0']);
step('format', npx, ['prettier', '--check', '.']);
step('unit + integration tests', npx, [
  'vitest',
  'run',
  '--project',
  'unit',
  '--project',
  'integration',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/vitest.json`,
]);
const built = step('build', npx, ['electron-vite', 'build']);
if (built) step('end-to-end tests', npx, ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts']);
if (built)
  step('packaging check', npx, [
    'vitest',
    'run',
    '--project',
    'package',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${results}/package.json`,
  ]);

let passed = 0;
let failed = 0;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const countVitest = (file) => {
  const report = readJson(file);
  if (report) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  } else {
    failed += 1; // the runner itself did not report
  }
};
countVitest(`${results}/vitest.json`);
if (built) countVitest(`${results}/package.json`);
const e2e = readJson(`${results}/e2e.json`);
if (e2e) {
  passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  failed += e2e.stats?.unexpected ?? 0;
} else if (built) {
  failed += 1;
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
