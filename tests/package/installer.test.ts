import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { PROJECT_DIR } from '../../scripts/packaging/buildLayouts';

/**
 * The Windows installer's own settings. electron-builder's NSIS build needs its Windows plugins and
 * Wine, which cannot be installed here, so the installer is not built in CI; instead the settings
 * are checked and build/installer.nsh is compiled with Debian's makensis (package `nsis`) inside a
 * minimal MUI2 installer, uncompressed, so the pages' text can be read back from the .exe.
 */
const nsis = config.nsis ?? {};
let dir: string;

/** Compiles build/installer.nsh into a one-page installer (or uninstaller) and returns the .exe. */
const compile = async (uninstaller: boolean): Promise<Buffer> => {
  const out = join(dir, uninstaller ? 'uninstall.exe' : 'setup.exe');
  const script = join(dir, uninstaller ? 'uninstall.nsi' : 'setup.nsi');
  await writeFile(
    script,
    [
      'Unicode true',
      'SetCompress off',
      uninstaller ? '!define BUILD_UNINSTALLER' : '',
      `OutFile "${out}"`,
      'Name "Compliance Desk"',
      'RequestExecutionLevel user',
      `!define MUI_ICON "${join(PROJECT_DIR, nsis.installerIcon ?? '')}"`,
      `!define MUI_UNICON "${join(PROJECT_DIR, nsis.uninstallerIcon ?? '')}"`,
      '!include "MUI2.nsh"',
      'Var isForceCurrentInstall',
      `!include "${join(PROJECT_DIR, nsis.include ?? '')}"`,
      'Function .onInit',
      '  !insertmacro customInstallMode',
      '  StrCmp $isForceCurrentInstall "1" +2',
      '  Abort',
      'FunctionEnd',
      uninstaller ? '!insertmacro MUI_UNPAGE_FINISH' : '!insertmacro MUI_PAGE_FINISH',
      '!insertmacro MUI_LANGUAGE "Russian"',
      'Section',
      uninstaller ? '  WriteUninstaller "$TEMP\\u.exe"' : '',
      'SectionEnd',
      uninstaller ? 'Section "Uninstall"\nSectionEnd' : '',
    ].join('\n'),
  );
  const run = spawnSync('makensis', ['-V2', '-INPUTCHARSET', 'UTF8', script], { encoding: 'utf8' });
  expect(run.error, 'makensis is missing: apt-get install nsis (.ci/run installs it)').toBeUndefined();
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return readFile(out);
};
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-nsis-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the Windows installer', () => {
  it('installs for the current user without administrator rights, in Russian', () => {
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      language: '1049',
      installerLanguages: ['ru_RU'],
      multiLanguageInstaller: false,
    });
  });

  it('adds a Start-menu entry, keeps the data folder on uninstall, claims no file types or URL schemes', () => {
    expect(nsis).toMatchObject({ createStartMenuShortcut: true, deleteAppDataOnUninstall: false });
    expect(config.fileAssociations).toBeUndefined();
    expect(config.protocols).toBeUndefined();
    expect(config.win).not.toHaveProperty('fileAssociations');
  });

  it('compiles, forces the per-user mode, and says on its last page where the data stays', async () => {
    const setup = await compile(false);
    expect(setup.includes(utf16('Данные (реестры, переписка, журнал аудита'))).toBe(true);
    expect(setup.includes(utf16('При удалении программы эта папка не удаляется.'))).toBe(true);
  });

  it('has an uninstaller whose last page says the data folder was not removed', async () => {
    const uninstall = await compile(true);
    expect(uninstall.includes(utf16('Папка данных НЕ удалена'))).toBe(true);
  });
});
