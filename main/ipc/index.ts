// Binds every contract method to its service: one handler map per area (library, compare,
// notes files, overview, collation, find), merged here into the one contract. Before any
// handler runs, the sender must be our own top frame on our own origin; every argument is
// validated; failures reject with a plain Error whose message the UI can show as it is.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { eventChannel, methodChannel, methodNames, type MethodName } from '../../preload/contract';
import { isAppUrl } from '../app/window-policy';
import { collationHandlers } from './collation';
import { compareHandlers } from './compare';
import { findHandlers } from './find';
import { libraryHandlers } from './library';
import { notesFileHandlers } from './notes-files';
import { overviewHandlers } from './overview';
import type { Emit, Handlers, Sender, Services } from './types';
import { windowSafeError } from './window-safe-error';

export { folderOpener } from './library';
export { MAX_EXPORT_BYTES, type Emit, type Handlers, type Sender, type Services } from './types';

export function createHandlers(services: Services, emit: Emit = () => {}): Handlers {
  // Each area answers its own methods; the type says every contract method is answered.
  return {
    ...libraryHandlers(services, emit),
    ...compareHandlers(services, emit),
    ...notesFileHandlers(services),
    ...overviewHandlers(services, emit),
    ...collationHandlers(services, emit),
    ...findHandlers(services),
  };
}

export function isTrustedSender(sender: Sender, appOrigin: string): boolean {
  return sender.isMainFrame && isAppUrl(sender.url, appOrigin);
}

/** Runs one method for one sender: the single gate every request passes through. */
export async function dispatch(
  handlers: Handlers,
  appOrigin: string,
  method: MethodName,
  sender: Sender,
  args: unknown[],
): Promise<unknown> {
  if (!isTrustedSender(sender, appOrigin)) {
    throw new Error(`Refused ${method}: the request did not come from the Variorum window.`);
  }
  try {
    return await handlers[method](...args);
  } catch (error) {
    throw windowSafeError(error);
  }
}

export function registerIpc(ipcMain: IpcMain, handlers: Handlers, appOrigin: string): void {
  for (const method of methodNames) {
    ipcMain.handle(methodChannel(method), (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      const sender: Sender = {
        url: frame?.url ?? '',
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
      };
      return dispatch(handlers, appOrigin, method, sender, args);
    });
  }
}

/** An Emit that sends each event's payload on its derived channel (webContents.send, say). */
export function eventSender(send: (channel: string, payload: unknown) => void): Emit {
  return (event, payload) => send(eventChannel(event), payload);
}
