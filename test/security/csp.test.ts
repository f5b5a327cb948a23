// The CSP that ships: the meta policy of the BUILT dist/renderer/index.html and the header app:// (and the e2e server) send.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponseHeaders } from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { ensureRendererBuilt, rendererDist } from '../e2e/harness/buildRenderer';
import { startStaticServer, type StaticServer } from '../e2e/harness/staticServer';
import { cspProblems, metaPolicies, parseCsp, startTags } from './helpers/csp';

let html = '';
let server: StaticServer;

beforeAll(async () => {
  await ensureRendererBuilt();
  html = readFileSync(path.join(rendererDist, 'index.html'), 'utf8');
  server = await startStaticServer(rendererDist);
});
afterAll(() => server?.close());

describe('the meta CSP of the built index.html', () => {
  it('is exactly one policy, in <head>, before every script and stylesheet', () => {
    const metas = metaPolicies(html);
    expect(metas).toHaveLength(1);
    const head = html.search(/<head\b/i);
    const headEnd = html.search(/<\/head>/i);
    expect(metas[0]!.at).toBeGreaterThan(head);
    expect(metas[0]!.at).toBeLessThan(headEnd);
    const loads = [...startTags(html, 'script'), ...startTags(html, 'link')];
    expect(loads.length).toBeGreaterThan(0);
    for (const tag of loads) expect(tag.at).toBeGreaterThan(metas[0]!.at);
  });

  it('meets the baseline: default-src none, script-src self, no network, no plugins, no base, no forms', () => {
    const policy = metaPolicies(html)[0]!.content;
    expect(cspProblems(policy, 'meta')).toEqual([]);
    const { directives } = parseCsp(policy);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('loads only the app’s own files: no inline script, no remote URL in any src or href', () => {
    for (const script of startTags(html, 'script')) {
      // script-src 'self' would block an inline script; one here means the build changed shape.
      expect(script.attrs.get('src'), 'an inline <script>').toBeDefined();
    }
    for (const { attrs } of [...startTags(html, 'script'), ...startTags(html, 'link')]) {
      const ref = attrs.get('src') ?? attrs.get('href') ?? '';
      expect(ref).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i);
      if (ref.includes(':')) expect(ref).toBe('data:,'); // the empty favicon
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
  });

  it('agrees with the header policy on every directive a meta policy can carry', () => {
    const meta = parseCsp(metaPolicies(html)[0]!.content).directives;
    const header = parseCsp(CONTENT_SECURITY_POLICY).directives;
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
    const headerOnly = [...header.keys()].filter((name) => !meta.has(name));
    expect(headerOnly).toEqual(['frame-ancestors']);
  });
});

describe('the header CSP', () => {
  it('app:// sends it with every file and it meets the baseline (with frame-ancestors none)', () => {
    const sent = appResponseHeaders('/x/index.html')['Content-Security-Policy']!;
    expect(cspProblems(sent, 'header')).toEqual([]);
    expect(appResponseHeaders('/x/assets/app.js')['Content-Security-Policy']).toBe(sent);
  });

  it('the e2e server really sends the app:// policy, so Chromium tests run under it', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      appResponseHeaders('/x/index.html')['Content-Security-Policy'],
    );
    expect(await response.text()).toBe(html);
  });
});

describe('cspProblems (the checker itself can fail)', () => {
  const good = CONTENT_SECURITY_POLICY;
  it.each([
    [good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), /script-src/],
    [good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"), /unsafe-eval/],
    [good.replace("script-src 'self'", "script-src 'self' https://cdn.example"), /script-src/],
    [good.replace("default-src 'none'", "default-src 'self'"), /default-src/],
    [good.replace("connect-src 'none'", "connect-src 'self' wss://x.example"), /connect-src/],
    [good.replace("object-src 'none'; ", ''), /object-src is missing/],
    [good.replace("base-uri 'none'", "base-uri 'self' https:"), /base-uri/],
    [good.replace("form-action 'none'", 'form-action *'), /form-action/],
    [good.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), /style-src/],
    [`${good}; frame-src 'self'`, /frame-src grants/],
    [`${good}; script-src 'none'`, /appears twice/],
    [good.replace("frame-ancestors 'none'", "frame-ancestors 'self'"), /frame-ancestors/],
  ])('flags %s', (policy, problem) => {
    expect(cspProblems(policy, 'header').join('\n')).toMatch(problem);
  });

  it('flags header-only directives in a meta policy', () => {
    expect(cspProblems(good, 'meta')).toEqual(['frame-ancestors is ignored in a meta policy']);
  });
});
