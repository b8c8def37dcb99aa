import {
  BrowserWindow,
  Notification,
  app,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { createAppContext } from './bootstrap';
import { NewerDatabaseError } from './db/migrations';
import { createHandlers } from './handlers';
import { appEventsOf } from './appEvents';
import { forwardAppEvents } from './ipc/forwardEvents';
import { registerIpc } from './ipc/register';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRendererFile } from './platform/appProtocol';
import { developmentSwitchesIn, developmentSwitchesMessage } from './platform/developmentSwitches';
import { electronDialogs, electronNotifier, electronShell } from './platform/electronAdapters';
import { createPrintDocuments, electronPrinter } from './platform/electronPrinter';
import { utilityProcessWorkers } from './platform/electronWorkers';
import { confirmClosingWithUnsavedChanges } from './platform/unsavedChangesPrompt';
import { systemClock } from './platform/ports';
import { WINDOW_ICON, builtPaths, resourcePath, resourcesDirOf } from './runtimeAssets';
import { CONTENT_SECURITY_POLICY, appPageUrl, installSecurity, trustedSender } from './security';
import { electronSettings } from './settings/electronSettings';
import { restoreWindowBounds, trackWindowBounds } from './windowBounds';

let mainWindow: BrowserWindow | null = null;
const built = builtPaths(__dirname);
/** Development (not packaged): the dev server URL, DevTools and debugging switches are allowed. */
const development = !app.isPackaged;

const resourcesDir = (): string =>
  resourcesDirOf({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });

/** COMPLIANCE_DESK_DATA_DIR (tests, portable use) or the OS user-data folder. */
const dataDir = (): string => process.env.COMPLIANCE_DESK_DATA_DIR ?? app.getPath('userData');

const start = async (): Promise<void> => {
  const appUrl = appPageUrl(app.isPackaged);
  const printDocuments = createPrintDocuments();
  protocol.handle(APP_SCHEME, (request) =>
    serveRendererFile(built.rendererDir, request, CONTENT_SECURITY_POLICY),
  );
  installSecurity(app, session.defaultSession, {
    appUrl,
    development,
    isPrintDocument: printDocuments.isPrintDocumentUrl,
  });
  const settings = electronSettings(process.env.COMPLIANCE_DESK_DATA_DIR ? dataDir() : undefined);
  let ctx;
  try {
    ctx = await createAppContext({
      dataDir: dataDir(),
      resourcesDir: resourcesDir(),
      settings,
      dialogs: electronDialogs(dialog, () => mainWindow),
      printer: electronPrinter(BrowserWindow, app.getPath('temp'), printDocuments),
      shell: electronShell(shell),
      notifier: electronNotifier(Notification),
      clock: systemClock,
      appVersion: app.getVersion(),
      spawnWorker: utilityProcessWorkers(utilityProcess.fork, __dirname),
    });
  } catch (error) {
    const message =
      error instanceof NewerDatabaseError
        ? 'База данных создана более новой версией Compliance Desk. Установите новую версию программы или восстановите резервную копию из папки backups.\n\n' +
          error.message
        : `Не удалось открыть базу данных: ${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox('Compliance Desk', message);
    app.exit(1);
    return;
  }
  registerIpc(ipcMain, createHandlers(ctx), trustedSender(appUrl));
  forwardAppEvents(appEventsOf(ctx), () => mainWindow?.webContents ?? null, trustedSender(appUrl));

  mainWindow = new BrowserWindow({
    ...restoreWindowBounds(settings),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Compliance Desk',
    icon: resourcePath(resourcesDir(), WINDOW_ICON.folder, ...WINDOW_ICON.path),
    webPreferences: {
      preload: built.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: development,
    },
  });
  trackWindowBounds(mainWindow, settings);
  confirmClosingWithUnsavedChanges(mainWindow, dialog, () => settings.read().uiLanguage);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(appUrl);
};

const refusedSwitches = development ? [] : developmentSwitchesIn(app.commandLine);
if (refusedSwitches.length > 0) {
  dialog.showErrorBox('Compliance Desk', developmentSwitchesMessage(refusedSwitches));
  app.exit(1);
} else {
  // Before the app is ready: app:// is a standard, secure scheme (see platform/appProtocol.ts).
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.on('second-instance', () => {
      if (!mainWindow) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    });
    app.on('window-all-closed', () => app.quit());
    void app
      .whenReady()
      .then(start)
      .catch((error: unknown) => {
        dialog.showErrorBox('Compliance Desk', `Не удалось запустить программу: ${String(error)}`);
        app.exit(1);
      });
  }
}
