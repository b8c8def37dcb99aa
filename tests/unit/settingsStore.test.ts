import Conf from 'conf';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsStore } from '../../electron/settings/settingsStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-settings-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('settings store (conf, the library electron-store wraps)', () => {
  it('starts with Russian UI and no current organisation, and persists changes', () => {
    const conf = () => new Conf({ projectName: 'cd', cwd: dir });
    const a = settingsStore(conf());
    expect(a.read()).toEqual({
      uiLanguage: 'ru',
      currentOrganisationId: null,
      responsiblePerson: '',
      windowBounds: null,
      auditAnchor: null,
      auditAlarm: null,
    });
    a.write({
      uiLanguage: 'en',
      currentOrganisationId: 3,
      windowBounds: { x: 1, y: 2, width: 1200, height: 800, maximized: true },
    });
    expect(settingsStore(conf()).read()).toMatchObject({
      uiLanguage: 'en',
      currentOrganisationId: 3,
      windowBounds: { width: 1200 },
    });
  });

  it('falls back to defaults for a corrupt value instead of failing', () => {
    const conf = new Conf({ projectName: 'cd', cwd: dir });
    conf.set('uiLanguage', 'klingon');
    conf.set('currentOrganisationId', 'x');
    expect(settingsStore(conf).read()).toMatchObject({ uiLanguage: 'ru', currentOrganisationId: null });
  });
});
