import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';

export interface StandInOptions {
  isPackaged?: boolean;
  /** app.getAppPath(): the project root, or the extracted app.asar in the packaging check. */
  appPath?: string;
  /** app.getPath('userData') (read at each call); 'temp' is the OS temp folder. */
  userData?: string;
  /** Command-line switches app.commandLine reports. */
  switches?: string[];
  /** What webContents.printToPDF returns (the packaging check hands back a real PDF). */
  printToPdf?: () => Promise<Uint8Array>;
}

/** utilityProcess.fork run as a forked Node process with the same interface as Electron's. */
const nodeUtilityProcess = (modulePath: string, args: string[], options: { execArgv?: string[] }) => {
  const child = fork(modulePath, args, {
    execArgv: options.execArgv ?? [],
    serialization: 'advanced',
    stdio: 'inherit',
  });
  const wrapper = Object.assign(new EventEmitter(), {
    postMessage: (message: unknown) => void (child.connected && child.send(message as object)),
    kill: () => child.kill('SIGKILL'),
  });
  child.on('message', (message) => wrapper.emit('message', message));
  child.on('exit', (code) => wrapper.emit('exit', code ?? 1));
  return wrapper;
};

/**
 * A recording stand-in for the `electron` module: enough of app, BrowserWindow, ipcMain, protocol,
 * session, dialog, shell and utilityProcess for electron/main.ts to start, every call kept.
 */
export const createElectronStandIn = (options: StandInOptions = {}) => {
  const record = {
    handled: [] as string[],
    listeners: new Map<string, (event: unknown, payload: unknown) => unknown>(),
    windows: [] as FakeWindow[],
    permissionHandler: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    headersHandler: null as
      null | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    requestHandler: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    sandboxEnabled: false,
    loadedUrls: [] as string[],
    /** Events the main process pushed to the page (webContents.mainFrame.send). */
    pushedEvents: [] as { channel: string; payload: unknown }[],
    errorBoxes: [] as string[],
    notifications: [] as { title: string; body: string }[],
    exitCode: null as number | null,
    forkedWorkers: [] as string[],
    openDialogAnswers: [] as string[],
    /** Answers of showMessageBoxSync (button index), in order; Cancel (1) when none is left. */
    messageBoxAnswers: [] as number[],
    messageBoxes: [] as string[],
  };

  class FakeNotification {
    static isSupported() {
      return true;
    }
    constructor(readonly options: { title: string; body: string }) {}
    show() {
      record.notifications.push(this.options);
    }
  }

  class FakeWebContents extends EventEmitter {
    windowOpenHandler: null | ((details: { url: string }) => { action: string }) = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    printToPDF() {
      return options.printToPdf ? options.printToPdf() : Promise.resolve(new Uint8Array());
    }
    isDestroyed() {
      return false;
    }
    get mainFrame() {
      return {
        url: record.loadedUrls[0] ?? '',
        parent: null,
        send: (channel: string, payload: unknown) => record.pushedEvents.push({ channel, payload }),
      };
    }
  }

  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    constructor(readonly options: Record<string, unknown>) {
      super();
      record.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      record.loadedUrls.push(url);
    }
    async loadFile(file: string) {
      record.loadedUrls.push(`file://${file}`);
    }
    show() {}
    focus() {}
    restore() {}
    destroy() {}
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1366, height: 820 };
    }
  }

  const userData = () => options.userData ?? `${tmpdir()}/electron-standin-userData`;
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    commandLine: { hasSwitch: (name: string) => (options.switches ?? []).includes(name) },
    enableSandbox: () => {
      record.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) =>
      name === 'userData' ? userData() : name === 'temp' ? tmpdir() : `${userData()}-${name}`,
    getAppPath: () => options.appPath ?? process.cwd(),
    getName: () => 'Compliance Desk',
    getVersion: () => '0.0.0-standin',
    quit: () => undefined,
    exit: (code: number) => {
      record.exitCode = code;
    },
  });

  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof record.permissionHandler) => (record.permissionHandler = h),
      setPermissionCheckHandler: (h: typeof record.permissionCheck) => (record.permissionCheck = h),
      webRequest: {
        onHeadersReceived: (h: typeof record.headersHandler) => (record.headersHandler = h),
        onBeforeRequest: (h: typeof record.requestHandler) => (record.requestHandler = h),
      },
    },
  };

  const module = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, payload: unknown) => unknown) => {
        record.handled.push(channel);
        record.listeners.set(channel, listener);
      },
      on: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof record.privilegedSchemes) =>
        record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) =>
        record.protocolHandlers.set(scheme, handler),
    },
    session,
    dialog: {
      showErrorBox: (_title: string, message: string) => record.errorBoxes.push(message),
      showOpenDialog: async () => {
        const path = record.openDialogAnswers.shift();
        return { canceled: path === undefined, filePaths: path ? [path] : [] };
      },
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBoxSync: (_window: unknown, options: { message: string }) => {
        record.messageBoxes.push(options.message);
        return record.messageBoxAnswers.shift() ?? 1;
      },
    },
    shell: { openPath: async () => '' },
    Notification: FakeNotification,
    utilityProcess: {
      fork: (modulePath: string, args: string[], forkOptions: { execArgv?: string[] }) => {
        record.forkedWorkers.push(modulePath);
        return nodeUtilityProcess(modulePath, args, forkOptions);
      },
    },
    contextBridge: { exposeInMainWorld: () => undefined },
    ipcRenderer: { invoke: async () => undefined },
  };
  return { module, record, FakeWebContents };
};

/** Calls a registered IPC channel as the app's own page would. */
export const invokeAsApp = async (
  record: ReturnType<typeof createElectronStandIn>['record'],
  channel: string,
  payload: unknown,
): Promise<unknown> => {
  const listener = record.listeners.get(channel);
  if (!listener) throw new Error(`${channel} is not registered`);
  return listener({ senderFrame: { url: record.loadedUrls[0], parent: null } }, payload);
};
