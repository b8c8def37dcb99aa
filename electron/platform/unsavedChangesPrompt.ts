import type { BrowserWindow, Dialog } from 'electron';
import type { UiLanguage } from '../../shared/domain/settings';

const text = {
  ru: {
    buttons: ['Закрыть без сохранения', 'Остаться'],
    message: 'Есть несохранённые изменения',
    detail:
      'В форме есть изменения, которые не сохранены. Если закрыть программу сейчас, они будут потеряны.',
  },
  en: {
    buttons: ['Close without saving', 'Stay'],
    message: 'There are unsaved changes',
    detail: 'The form has changes that are not saved. If you close the app now, they will be lost.',
  },
} as const;

const CLOSE = 0;

/**
 * Closing the window while a form holds unsaved changes: the page's `beforeunload` stops the close
 * (Electron then shows nothing by itself), and this asks the officer. «Закрыть без сохранения» lets
 * the close go on; «Остаться» (the default, and Esc) keeps the window and the form.
 */
export const confirmClosingWithUnsavedChanges = (
  window: BrowserWindow,
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
  language: () => UiLanguage,
): void => {
  window.webContents.on('will-prevent-unload', (event) => {
    const words = text[language()];
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Compliance Desk',
      buttons: [...words.buttons],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      message: words.message,
      detail: words.detail,
    });
    // preventDefault on this event ignores the page's beforeunload: the window closes.
    if (choice === CLOSE) event.preventDefault();
  });
};
