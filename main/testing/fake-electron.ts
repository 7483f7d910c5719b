// For tests only: a recording fake of the parts of the `electron` module that main/ and
// preload/ use. Every call lands in one ordered log, so a test can check what happened before
// what (profile before paths, scheme before ready, permissions before the window).

export interface Call {
  api: string;
  args: unknown[];
  /** Whether app.whenReady() had resolved when the call was made. */
  afterReady: boolean;
}

type Listener = (...args: unknown[]) => unknown;

export interface FakeEventTarget {
  listeners: Map<string, Listener[]>;
  emit: (event: string, ...args: unknown[]) => unknown[];
}

function eventTarget(record: (api: string, ...args: unknown[]) => void, name: string) {
  const listeners = new Map<string, Listener[]>();
  const add = (event: string, listener: Listener): void => {
    record(`${name}.on`, event);
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  };
  const emit = (event: string, ...args: unknown[]): unknown[] =>
    (listeners.get(event) ?? []).map((listener) => listener(...args));
  return { listeners, add, emit };
}

export interface FakeWindow extends FakeEventTarget {
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  loadedUrl: string | null;
  webContents: FakeWebContents;
}

export interface FakeWebContents extends FakeEventTarget {
  sent: { channel: string; payload: unknown }[];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  mainFrame: { url: string };
}

export interface FakeElectronOptions {
  appPath: string;
  /** The profile Electron would use without setPath. */
  defaultUserData: string;
  documents?: string;
  lockGranted?: boolean;
  isPackaged?: boolean;
}

export type OpenDialogAnswer = { canceled: boolean; filePaths: string[] };

export function createFakeElectron(options: FakeElectronOptions) {
  const calls: Call[] = [];
  let ready = false;
  const record = (api: string, ...args: unknown[]): void => {
    calls.push({ api, args, afterReady: ready });
  };
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const paths = new Map<string, string>([
    ['userData', options.defaultUserData],
    ['documents', options.documents ?? options.defaultUserData],
  ]);
  const appEvents = eventTarget(record, 'app');
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const permission: {
    request: ((...args: unknown[]) => void) | null;
    check: ((...args: unknown[]) => boolean) | null;
  } = { request: null, check: null };
  const ipcHandlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const menus: { template: unknown[] }[] = [];
  const dialogAnswers = { open: [] as OpenDialogAnswer[] };
  const exposed = new Map<string, unknown>();

  const app = {
    isPackaged: options.isPackaged ?? false,
    setPath(name: string, value: string) {
      record('app.setPath', name, value);
      paths.set(name, value);
    },
    getPath(name: string) {
      record('app.getPath', name);
      const value = paths.get(name);
      if (!value) throw new Error(`fake electron: no path ${name}`);
      return value;
    },
    getAppPath() {
      record('app.getAppPath');
      return options.appPath;
    },
    requestSingleInstanceLock(additionalData?: unknown) {
      record('app.requestSingleInstanceLock', additionalData);
      return options.lockGranted ?? true;
    },
    quit() {
      record('app.quit');
    },
    on(event: string, listener: Listener) {
      appEvents.add(event, listener);
      return app;
    },
    whenReady() {
      record('app.whenReady');
      return readyPromise;
    },
    isReady: () => ready,
  };

  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown) {
      record('protocol.registerSchemesAsPrivileged', schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      record('protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
        record('session.setPermissionRequestHandler');
        permission.request = handler;
      },
      setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
        record('session.setPermissionCheckHandler');
        permission.check = handler;
      },
    },
  };

  class BrowserWindow implements FakeWindow {
    listeners: Map<string, Listener[]>;
    emit: (event: string, ...args: unknown[]) => unknown[];
    loadedUrl: string | null = null;
    webContents: FakeWebContents;
    destroyed = false;
    readonly addListener: (event: string, listener: Listener) => void;

    constructor(readonly options: FakeWindow['options']) {
      record('new BrowserWindow', options);
      const events = eventTarget(record, 'window');
      this.listeners = events.listeners;
      this.emit = events.emit;
      this.addListener = events.add;
      const contentsEvents = eventTarget(record, 'webContents');
      const mainFrame = { url: '' };
      const contents: FakeWebContents = {
        listeners: contentsEvents.listeners,
        emit: contentsEvents.emit,
        sent: [],
        windowOpenHandler: null,
        mainFrame,
      };
      this.webContents = Object.assign(contents, {
        send: (channel: string, payload: unknown) => contents.sent.push({ channel, payload }),
        on: (event: string, listener: Listener) => contentsEvents.add(event, listener),
        setWindowOpenHandler: (handler: FakeWebContents['windowOpenHandler']) => {
          record('webContents.setWindowOpenHandler');
          contents.windowOpenHandler = handler;
        },
      });
      windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.addListener(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      this.addListener(event, listener);
      return this;
    }
    loadURL(url: string) {
      record('window.loadURL', url);
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    show() {
      record('window.show');
    }
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    restore() {}
    focus() {
      record('window.focus');
    }
  }

  const dialog = {
    async showOpenDialog(...args: unknown[]) {
      record('dialog.showOpenDialog', ...args);
      return dialogAnswers.open.shift() ?? { canceled: true, filePaths: [] };
    },
    async showSaveDialog(...args: unknown[]) {
      record('dialog.showSaveDialog', ...args);
      return { canceled: true, filePath: '' };
    },
    async showMessageBox(...args: unknown[]) {
      record('dialog.showMessageBox', ...args);
      return { response: 0, checkboxChecked: false };
    },
    showErrorBox(...args: unknown[]) {
      record('dialog.showErrorBox', ...args);
    },
  };

  const ipcMain = {
    handle(channel: string, listener: Listener) {
      record('ipcMain.handle', channel);
      if (ipcHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, listener);
    },
  };

  const Menu = {
    buildFromTemplate(template: unknown[]) {
      return { template };
    },
    setApplicationMenu(menu: { template: unknown[] }) {
      record('Menu.setApplicationMenu');
      menus.push(menu);
    },
  };

  const shell = {
    async openExternal(url: string) {
      record('shell.openExternal', url);
    },
  };

  const contextBridge = {
    exposeInMainWorld(key: string, value: unknown) {
      record('contextBridge.exposeInMainWorld', key);
      exposed.set(key, value);
    },
  };
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => record('ipcRenderer.invoke', channel, ...args),
    on: (channel: string) => record('ipcRenderer.on', channel),
    removeListener: (channel: string) => record('ipcRenderer.removeListener', channel),
  };

  return {
    module: {
      app,
      protocol,
      session,
      BrowserWindow,
      dialog,
      ipcMain,
      Menu,
      shell,
      contextBridge,
      ipcRenderer,
    },
    calls,
    /** Resolves app.whenReady(). */
    makeReady() {
      ready = true;
      record('(ready)');
      resolveReady();
    },
    emitApp: appEvents.emit,
    protocolHandlers,
    permission,
    ipcHandlers,
    windows,
    menus,
    dialogAnswers,
    exposed,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
