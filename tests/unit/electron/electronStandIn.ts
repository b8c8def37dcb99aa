import { EventEmitter } from 'node:events';

/**
 * A recording stand-in for the `electron` module: enough of app, BrowserWindow, ipcMain, session,
 * dialog and shell for electron/main.ts to start, with every call kept for assertions.
 */
export const createElectronStandIn = () => {
  const record = {
    handled: [] as string[],
    listeners: new Map<string, (event: unknown, payload: unknown) => unknown>(),
    windows: [] as FakeWindow[],
    permissionHandler: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    headersHandler: null as
      null | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    requestHandler: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    sandboxEnabled: false,
    loadedUrls: [] as string[],
    errorBoxes: [] as string[],
    notifications: [] as { title: string; body: string }[],
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
    once(event: string, listener: (...args: unknown[]) => void) {
      return super.once(event, listener);
    }
    show() {}
    focus() {}
    restore() {}
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

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: () => {
      record.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => `/tmp/electron-standin-${name}`,
    getAppPath: () => process.cwd(),
    getVersion: () => '0.0.0-standin',
    quit: () => undefined,
    exit: () => undefined,
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
    },
    session,
    dialog: {
      showErrorBox: (_title: string, message: string) => record.errorBoxes.push(message),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { openPath: async () => '' },
    Notification: FakeNotification,
    utilityProcess: {
      fork: () => {
        throw new Error('not in unit tests');
      },
    },
    contextBridge: { exposeInMainWorld: () => undefined },
    ipcRenderer: { invoke: async () => undefined },
  };
  return { module, record, FakeWebContents };
};
