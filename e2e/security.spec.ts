// Security guarantees, each as a test: the page sees only the bridge, the CSP blocks inline
// script, eval and remote loads, and main refuses requests naming anything but its own ids.
// The window guards that only Electron can exercise (navigation, new windows, permissions)
// run under VARIORUM_E2E=electron.
import { methodNames } from '../preload/contract';
import { expect, test } from './fixtures';

type PageWindow = Window & Record<string, unknown> & { variorum: Record<string, unknown> };

test('the page sees the bridge and nothing else: no Node, no ipcRenderer', async ({ launch }) => {
  const { page } = await launch();
  const exposed = await page.evaluate(() => {
    const w = window as unknown as PageWindow;
    return {
      bridge: Object.keys(w.variorum).sort(),
      frozen: Object.isFrozen(w.variorum),
      require: typeof w['require'],
      process: typeof w['process'],
      module: typeof w['module'],
      ipcRenderer: typeof w['ipcRenderer'],
      electron: typeof w['electron'],
    };
  });
  expect(exposed.bridge).toEqual([...methodNames, 'on', 'sandboxed'].sort());
  expect(exposed.frozen).toBe(true);
  expect(exposed).toMatchObject({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
  });
});

test('the Content-Security-Policy blocks inline script, remote resources and frames, and allows no eval', async ({
  launch,
}) => {
  const { page } = await launch();
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as PageWindow;
    const violations: string[] = [];
    let policy = '';
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.violatedDirective);
      policy = event.originalPolicy;
    });
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    const image = document.createElement('img');
    image.src = 'https://example.com/tracker.png';
    document.body.append(image);
    const frame = document.createElement('iframe');
    frame.src = 'https://example.com/';
    document.body.append(frame);
    // The reports come as events, the frame's last; a busy machine can take a while to send it.
    for (let waited = 0; waited < 5_000 && !violations.includes('frame-src'); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    image.remove();
    frame.remove();
    return { inlineRan: w['__inlineRan'] === true, violations, policy };
  });
  expect(outcome.inlineRan).toBe(false);
  // Code evaluated by the test driver is exempt from the page's CSP, so eval is checked through
  // the policy in force rather than by calling it.
  expect(outcome.policy).toContain("script-src 'self'");
  expect(outcome.policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src', 'frame-src']));
});

test('main refuses paths and ids it did not issue, with a plain message', async ({ launch }) => {
  const { page } = await launch();
  const answers = await page.evaluate(async () => {
    const bridge = (window as unknown as { variorum: { compare: (request: unknown) => Promise<unknown> } })
      .variorum;
    const attempt = (request: unknown): Promise<string> =>
      bridge.compare(request).then(
        () => 'accepted',
        (error: Error) => error.message,
      );
    return {
      path: await attempt({ leftId: '../../../../etc/passwd', rightId: '/etc/hosts' }),
      unknownId: await attempt({ leftId: '0123456789abcdef', rightId: 'fedcba9876543210' }),
      extraKey: await attempt({ leftId: '0123456789abcdef', rightId: 'fedcba9876543210', path: '/etc' }),
    };
  });
  expect(answers.path).toMatch(/Invalid request to compare \(leftId\): not an article id/);
  expect(answers.unknownId).toMatch(/not in the open folder/);
  expect(answers.extraKey).toMatch(/Invalid request to compare/);
});

test.describe('window guards (Electron only)', () => {
  test.skip(
    process.env['VARIORUM_E2E'] !== 'electron',
    'needs an Electron binary: run with VARIORUM_E2E=electron',
  );

  test('navigation away from the app and new windows are denied', async ({ launch }) => {
    const { page } = await launch();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  });

  test('permission requests are denied', async ({ launch }) => {
    const { page } = await launch();
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  });

  test('the renderer is sandboxed and context-isolated', async ({ launch }) => {
    const { page } = await launch();
    // Context isolation alone already hides Node from the page, so the page cannot see the
    // sandbox itself: the preload reports what its own process found (process.sandboxed),
    // which is false under `sandbox: false`.
    const seen = await page.evaluate(() => {
      const w = window as unknown as PageWindow;
      const compare = w.variorum['compare'] as { constructor: FunctionConstructor };
      let viaConstructor = 'blocked';
      try {
        viaConstructor = typeof compare.constructor('return typeof process')();
      } catch {
        viaConstructor = 'blocked';
      }
      return { sandboxed: w.variorum['sandboxed'], viaConstructor, process: typeof w['process'] };
    });
    expect(seen.sandboxed).toBe(true);
    expect(seen.viaConstructor).not.toBe('object');
    expect(seen.process).toBe('undefined');
  });
});
