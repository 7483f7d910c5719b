// Builds the object exposed as window.variorum from a transport (an invoke and a subscribe).
// preload/index.ts passes ipcRenderer's; the end-to-end harness passes one wired to the real
// main-side handlers, so both run exactly this code.
import {
  eventChannel,
  eventNames,
  methodChannel,
  methodNames,
  type EventName,
  type MethodName,
  type Unsubscribe,
  type VariorumApi,
  type VariorumEvents,
  type VariorumMethods,
} from './contract';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => Unsubscribe;

export function createBridge(invoke: Invoke, subscribe: Subscribe, sandboxed: boolean): VariorumApi {
  const methods = Object.fromEntries(
    methodNames.map((name: MethodName) => [
      name,
      (...args: unknown[]) => invoke(methodChannel(name), ...args),
    ]),
  ) as unknown as VariorumMethods;

  const on = <E extends EventName>(event: E, listener: (payload: VariorumEvents[E]) => void): Unsubscribe => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return subscribe(eventChannel(event), (payload) => listener(payload as VariorumEvents[E]));
  };

  return Object.freeze({ ...methods, on, sandboxed });
}
