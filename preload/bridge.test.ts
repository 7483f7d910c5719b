// createBridge: window.variorum exposes exactly the contract's methods plus `on`, each one a
// thin call over the transport on its derived channel, and events forward only their payload.
import { describe, expect, it, vi } from 'vitest';
import { createBridge, type Invoke, type Subscribe } from './bridge';
import { eventChannel, methodChannel, methodNames, type LibrarySnapshot } from './contract';

const snapshot: LibrarySnapshot = {
  folderName: 'samples',
  articles: [],
  skipped: [],
  scan: { state: 'complete', done: 0, total: 0 },
};

function transport() {
  const unsubscribe = vi.fn();
  const invoke = vi.fn<Invoke>(async (channel) => ({ answeredOn: channel }));
  const subscribe = vi.fn<Subscribe>(() => unsubscribe);
  return { invoke, subscribe, unsubscribe, bridge: createBridge(invoke, subscribe, true) };
}

describe('createBridge', () => {
  it('exposes exactly the contract’s methods and `on`', () => {
    const { bridge } = transport();
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'on', 'sandboxed'].sort());
    expect(bridge.sandboxed).toBe(true);
    for (const key of [...methodNames, 'on'])
      expect(typeof (bridge as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('invokes each method on its derived channel with its arguments and returns the answer', async () => {
    const { bridge, invoke } = transport();
    for (const name of methodNames) {
      invoke.mockClear();
      const method = bridge[name] as (...args: unknown[]) => Promise<unknown>;
      const args = name === 'compare' ? [{ leftId: 'a'.repeat(16), rightId: 'b'.repeat(16) }] : [];
      await expect(method(...args)).resolves.toEqual({ answeredOn: methodChannel(name) });
      expect(invoke).toHaveBeenCalledExactlyOnceWith(methodChannel(name), ...args);
    }
  });

  it('passes any extra arguments through unchanged, leaving validation to main', async () => {
    const { bridge, invoke } = transport();
    const getLibrary = bridge.getLibrary as unknown as (...args: unknown[]) => Promise<unknown>;
    await getLibrary('extra', 2);
    expect(invoke).toHaveBeenCalledWith(methodChannel('getLibrary'), 'extra', 2);
  });

  it('passes a rejection from main through to the caller', async () => {
    const invoke = vi.fn<Invoke>(async () => {
      throw new Error('That article is not in the open folder.');
    });
    const bridge = createBridge(invoke, () => () => {}, false);
    await expect(bridge.compare({ leftId: '0'.repeat(16), rightId: '0'.repeat(16) })).rejects.toThrow(
      'That article is not in the open folder.',
    );
  });

  it('subscribes `on(libraryChanged)` on its event channel and forwards only the payload', () => {
    const { bridge, subscribe } = transport();
    const listener = vi.fn();
    bridge.on('libraryChanged', listener);
    expect(subscribe).toHaveBeenCalledOnce();
    const [channel, forward] = subscribe.mock.calls[0]!;
    expect(channel).toBe(eventChannel('libraryChanged'));
    forward(snapshot);
    expect(listener).toHaveBeenCalledExactlyOnceWith(snapshot);
  });

  it('returns the transport’s own unsubscribe', () => {
    const { bridge, unsubscribe } = transport();
    const off = bridge.on('libraryChanged', () => {});
    expect(off).toBe(unsubscribe);
  });

  it('throws for an event the contract does not define, without subscribing', () => {
    const { bridge, subscribe } = transport();
    const on = bridge.on as (event: string, listener: () => void) => unknown;
    expect(() => on('bogus', () => {})).toThrow('Unknown event: bogus');
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('is frozen, so page scripts cannot replace a method', () => {
    const { bridge } = transport();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => {
      (bridge as unknown as Record<string, unknown>)['getLibrary'] = () => 'hijacked';
    }).toThrow(TypeError);
  });
});
