// E2E: the shipped CSP enforced by real Chromium: no eval, inline script, network, frames, plugins or form posts.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness';
import { useApp } from './harness/useApp';

/** Outside requests Chromium started and then failed, with the reason; and outside ones that got an answer. */
const failed = new Map<string, string>();
const answered: string[] = [];

/**
 * Playwright reports a request the CSP blocks before it leaves, so `app.requests` lists them: the
 * proof that nothing went out is that each one failed with Chromium's CSP error and none was answered.
 */
function expectNothingLeft(): void {
  expect(answered).toEqual([]);
  for (const url of app.requests) expect(failed.get(url), url).toMatch(/ERR_BLOCKED_BY_CSP|csp/i);
}

const app = useApp();
beforeAll(async () => {
  await app.page.locator('#root *').first().waitFor();
  const local = new URL(app.page.url()).origin;
  app.context.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText ?? ''));
  app.context.on('response', (r) => {
    if (!r.url().startsWith(local)) answered.push(r.url());
  });
  // Record every violation the page reports, with the directive that stopped it.
  await app.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
});

const violations = () =>
  app.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('the CSP in Chromium', () => {
  it('refuses eval, new Function and string timers in page code', async () => {
    // Run from a task of the page's own: code evaluated over DevTools may bypass the eval check.
    const outcome = await app.page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          setTimeout(() => {
            const attempts = [() => eval('1 + 1'), () => new Function('return 1')()];
            const results = attempts.map((attempt) => {
              try {
                attempt();
                return 'ran';
              } catch (error) {
                return (error as Error).name;
              }
            });
            const w = window as unknown as { __timer?: number };
            (setTimeout as unknown as (code: string, ms: number) => void)('window.__timer = 1', 0);
            setTimeout(
              () => resolve([...results, w.__timer === 1 ? 'timer ran' : 'timer refused']),
              50,
            );
          }, 0);
        }),
    );
    expect(outcome).toEqual(['EvalError', 'EvalError', 'timer refused']);
  });

  it('refuses an injected inline script and an inline event handler', async () => {
    const ran = await app.page.evaluate(async () => {
      const w = window as unknown as { __pwned?: number };
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.head.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned = 2');
      img.src = 'data:,broken';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      img.remove();
      return w.__pwned ?? 0;
    });
    expect(ran).toBe(0);
    await expect
      .poll(violations)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem inline/),
          expect.stringMatching(/^script-src-attr inline/),
        ]),
      );
  });

  it('refuses every way to the network: fetch, XHR, WebSocket, a remote image, a remote script', async () => {
    const outcome = await app.page.evaluate(async () => {
      const results: string[] = [];
      await fetch('https://example.com/').then(
        () => results.push('fetch ran'),
        () => results.push('fetch refused'),
      );
      // Chromium does not throw here: it reports the violation and fails the socket.
      const socket = new WebSocket('wss://example.com/');
      await new Promise((resolve) => {
        socket.onerror = resolve;
        socket.onopen = resolve;
      });
      results.push(socket.readyState === WebSocket.OPEN ? 'ws opened' : 'ws refused');
      const xhr = new XMLHttpRequest();
      xhr.open('GET', 'https://example.com/');
      await new Promise<void>((resolve) => {
        xhr.onerror = () => resolve();
        xhr.onload = () => resolve();
        xhr.send();
      });
      results.push(xhr.status === 0 ? 'xhr refused' : 'xhr ran');
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      const script = document.createElement('script');
      script.src = 'https://example.com/x.js';
      document.body.append(img, script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      img.remove();
      script.remove();
      return results;
    });
    expect(outcome).toEqual(['fetch refused', 'ws refused', 'xhr refused']);
    expect(app.requests).toEqual(
      expect.arrayContaining(['https://example.com/x.js', 'https://example.com/pixel.png']),
    );
    await expect
      .poll(violations)
      .toEqual(
        expect.arrayContaining([
          'connect-src https://example.com/',
          'img-src https://example.com/pixel.png',
          'script-src-elem https://example.com/x.js',
        ]),
      );
    expectNothingLeft();
  });

  it('refuses frames, plugins, a <base> and form posts', async () => {
    await app.page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = 'data:text/html,<p>framed</p>';
      const object = document.createElement('object');
      object.data = 'data:application/pdf,x';
      const base = document.createElement('base');
      base.href = 'https://example.com/';
      document.head.append(base);
      const form = document.createElement('form');
      form.action = 'https://example.com/post';
      form.method = 'post';
      document.body.append(frame, object, form);
      form.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const node of [frame, object, base, form]) node.remove();
    });
    await expect.poll(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^frame-src/), // Chromium reports a data: frame with an empty URI
        expect.stringMatching(/^object-src data/),
        expect.stringMatching(/^base-uri https:\/\/example\.com/),
        expect.stringMatching(/^form-action https:\/\/example\.com/),
      ]),
    );
    expect(app.page.url()).toMatch(/\/index\.html$/);
    expectNothingLeft();
    expect(await axeViolations(app.page)).toEqual([]);
  });
});
