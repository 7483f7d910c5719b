// Runs inside the test page before the app's own scripts: builds window.variorum with the
// same createBridge that preload/index.ts uses, over a transport the test process provides.
import { createBridge } from '../../preload/bridge';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  __variorumInvoke: (channel: string, args: unknown[]) => Promise<unknown>;
  __variorumEmit: (channel: string, payload: unknown) => void;
  variorum: unknown;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

harness.__variorumEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
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
