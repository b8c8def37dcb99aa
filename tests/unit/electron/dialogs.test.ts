import { join } from 'node:path';
import type { Dialog } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronDialogs } from '../../../electron/platform/electronAdapters';

/** A dialog stand-in that records the options it was opened with and answers from a queue. */
const recordingDialog = (answers: string[]) => {
  const opened: { defaultPath?: string }[] = [];
  const dialog = {
    showOpenDialog: async (options: { defaultPath?: string }) => {
      opened.push(options);
      const path = answers.shift();
      return { canceled: path === undefined, filePaths: path ? [path] : [] };
    },
    showSaveDialog: async (options: { defaultPath?: string }) => {
      opened.push(options);
      const path = answers.shift();
      return { canceled: path === undefined, filePath: path ?? '' };
    },
  } as unknown as Dialog;
  return { dialog, opened };
};

describe('file dialogs (Electron 43+ no longer remember the last folder)', () => {
  it('open the next dialog in the folder of the last chosen file', async () => {
    const folder = join('/home', 'officer', 'exports');
    const { dialog, opened } = recordingDialog([join(folder, 'orders.csv'), join('/tmp', 'x', 'a.pdf')]);
    const dialogs = electronDialogs(dialog, () => null);
    expect(await dialogs.openFile({ title: 'Файл', filters: [] })).toBe(join(folder, 'orders.csv'));
    expect(opened[0]?.defaultPath).toBeUndefined();
    await dialogs.saveFile({ title: 'PDF', defaultName: 'Ответ.pdf', filters: [] });
    expect(opened[1]?.defaultPath).toBe(join(folder, 'Ответ.pdf'));
    await dialogs.openFile({ title: 'Файл', filters: [] });
    expect(opened[2]?.defaultPath).toBe(join('/tmp', 'x'));
  });

  it('keep the folder when a dialog is cancelled', async () => {
    const { dialog, opened } = recordingDialog([join('/data', 'a.csv')]);
    const dialogs = electronDialogs(dialog, () => null);
    await dialogs.openFile({ title: 'Файл', filters: [] });
    expect(await dialogs.openFile({ title: 'Файл', filters: [] })).toBeNull();
    await dialogs.openFile({ title: 'Файл', filters: [] });
    expect(opened[2]?.defaultPath).toBe('/data');
  });
});
