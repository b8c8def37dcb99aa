import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Notification, app, dialog, ipcMain, session, shell, utilityProcess } from 'electron';
import { createAppContext } from './bootstrap';
import { workerExecArgv } from './context';
import { NewerDatabaseError } from './db/migrations';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc/register';
import {
  electronDialogs,
  electronNotifier,
  electronPrinter,
  electronShell,
} from './platform/electronAdapters';
import { systemClock } from './platform/ports';
import { installSecurity, trustedSender } from './security';
import { electronSettings } from './settings/electronSettings';
import { restoreWindowBounds, trackWindowBounds } from './windowBounds';

let mainWindow: BrowserWindow | null = null;

const rendererUrl = (): string =>
  process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(__dirname, '../renderer/index.html')).toString();

const resourcesDir = (): string =>
  app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

/** COMPLIANCE_DESK_DATA_DIR (tests, portable use) or the OS user-data folder. */
const dataDir = (): string => process.env.COMPLIANCE_DESK_DATA_DIR ?? app.getPath('userData');

const start = async (): Promise<void> => {
  const appUrl = rendererUrl();
  installSecurity(app, session.defaultSession, appUrl);
  const settings = electronSettings(process.env.COMPLIANCE_DESK_DATA_DIR ? dataDir() : undefined);
  let ctx;
  try {
    ctx = await createAppContext({
      dataDir: dataDir(),
      resourcesDir: resourcesDir(),
      settings,
      dialogs: electronDialogs(dialog, () => mainWindow),
      printer: electronPrinter(BrowserWindow, app.getPath('temp')),
      shell: electronShell(shell),
      notifier: electronNotifier(Notification),
      clock: systemClock,
      appVersion: app.getVersion(),
      // Worker entries are built next to main.js (electron.vite.config.ts).
      spawnWorker: (name) => {
        const child = utilityProcess.fork(join(__dirname, `${name}.js`), [], {
          serviceName: `Compliance Desk ${name}`,
          execArgv: workerExecArgv(name),
        });
        return {
          send: (message) => child.postMessage(message),
          onMessage: (listener) => child.on('message', listener),
          onExit: (listener) => child.on('exit', listener),
          kill: () => void child.kill(),
        };
      },
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

  mainWindow = new BrowserWindow({
    ...restoreWindowBounds(settings),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Compliance Desk',
    webPreferences: {
      preload: join(__dirname, '../preload/preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  trackWindowBounds(mainWindow, settings);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(appUrl);
};

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
  void app.whenReady().then(start);
}
