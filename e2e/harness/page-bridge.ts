// Runs inside the test page before the app's own scripts: builds window.variorum with the
// same createBridge that preload/index.ts uses, over a transport the test process provides.
import { createBridge } from '../../preload/bridge';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  __variorumInvoke: (channel: string, args: unknown[]) => Promise<unknown>;
  /** An event from main: its payload is fetched by its number (see chromium-app.ts). */
  __variorumEmit: (channel: string, event: number) => void;
  variorum: unknown;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

// Payloads may arrive out of order; listeners hear them in the order main sent them.
let delivered: Promise<void> = Promise.resolve();
harness.__variorumEmit = (channel, event) => {
  const payload = fetch(`/__variorum-event/${event}`).then((response) => response.json() as Promise<unknown>);
  delivered = delivered
    .then(() => payload)
    .then((value) => {
      for (const listener of listeners.get(channel) ?? []) listener(value);
    })
    .catch(() => {});
};

harness.variorum = createBridge(
  (channel, ...args) => harness.__variorumInvoke(channel, args),
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    set.add(listener);
    return () => set.delete(listener);
  },
  false,
);
