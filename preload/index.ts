// Preload: exposes window.variorum, built from the contract over ipcRenderer. Nothing else:
// no ipcRenderer, no Node objects, and IPC event objects never reach listeners.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

const bridge = createBridge(
  (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    const forwardPayload = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forwardPayload);
    return () => ipcRenderer.removeListener(channel, forwardPayload);
  },
  // Only a sandboxed renderer's preload sees process.sandboxed; with `sandbox: false` it is undefined.
  process.sandboxed === true,
);

contextBridge.exposeInMainWorld('variorum', bridge);
