// The ESM build in a real headless Chromium (Debian's `chromium`, driven by playwright-core): the
// built dist/ files are served as they are, zod through an import map, and a few rules run in a page
// whose clock is in New York. Then the typedoc site opens in the same browser, with the guides and
// the API reference linked from its navigation.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchChromium, freshFolder, importMapForDist, repoRoot, requireBuild, startStaticServer } from './_support.js';

const ENTRY_POINTS = ['calendar', 'complaint', 'repair', 'appraisal', 'desk', 'duty', 'communication', 'visit', 'kpi', 'policy', 'catalog', 'schemas'];
const skipReason = browserSkipReason();
if (skipReason !== undefined) console.warn(`browser tests skipped: ${skipReason}`);

let context: BrowserContext;
let closeChromium: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (skipReason !== undefined) return;
  ({ context, close: closeChromium } = await launchChromium('wuye-rules-chromium-'));
}, 60_000);

afterAll(async () => {
  await closeChromium?.();
});

describe.skipIf(skipReason !== undefined)('the ESM build in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    requireBuild();
    const { imports, packages } = importMapForDist();
    const mounts: Record<string, string> = { '/dist/': join(repoRoot, 'dist') };
    for (const name of packages) mounts[`/node_modules/${name}/`] = join(repoRoot, 'node_modules', name);
    const page = `<!doctype html><html><head><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports })}</script></head><body>wuye-rules</body></html>`;
    server = await startStaticServer(mounts, { '/': page });
  });

  afterAll(async () => server?.close());

  it('loads every entry point and runs rules in the page, in Shanghai time whatever the browser clock', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/`);
    // Plain JavaScript, as a string: the test runner would rewrite an import() inside a function.
    const result = (await page.evaluate(`(async () => {
      const load = (entry) => import('/dist/' + entry + '.js');
      const root = await load('index');
      const complaint = await load('complaint');
      const policy = await load('policy');
      const schemas = await load('schemas');
      const entries = {};
      for (const entry of ${JSON.stringify(ENTRY_POINTS)}) entries[entry] = Object.keys(await load(entry)).length;
      let refusal = null;
      try {
        complaint.approvalAuthority(Number.NaN);
      } catch (error) {
        refusal = { sameClass: error instanceof root.InvalidInputError && error instanceof root.WuyeRulesError, code: error.code, path: error.path };
      }
      const company = policy.definePolicy({
        complaint: {
          approvalBands: [
            { approver: 'sales-manager', upTo: { value: 2000, inclusive: true } },
            { approver: 'general-manager', upTo: null },
          ],
        },
      });
      return {
        approvers: [1000, 1000.01, 5000].map((amount) => root.approvalAuthority(amount).approver),
        withPolicy: root.approvalAuthority(1500, { policy: company }).approver,
        refusal,
        shanghai: root.toShanghaiIsoString('2026-10-01T01:30:00Z'),
        browserOffsetMinutes: new Date('2026-10-01T12:00:00Z').getTimezoneOffset(),
        explanation: root.explain(['complaint.approval'], 'zh-Hant')[0].slice(0, 8),
        schemaAccepts: schemas.approvalAuthorityInputSchema.safeParse(800).success,
        entries,
      };
    })()`)) as { entries: Record<string, number> };
    await page.close();
    expect(errors).toEqual([]);
    expect(result).toMatchObject({
      approvers: ['sales-manager', 'deputy-general-manager', 'general-manager'],
      withPolicy: 'sales-manager',
      refusal: { sameClass: true, code: 'not_finite', path: ['amountYuan'] },
      shanghai: '2026-10-01T09:30:00.000+08:00',
      browserOffsetMinutes: 240,
      explanation: '投訴金額核決權限',
      schemaAccepts: true,
    });
    for (const [entry, count] of Object.entries(result.entries)) expect(count, entry).toBeGreaterThan(0);
  }, 60_000);

  it('runs the calendar in the page when the package has it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const result = (await page.evaluate(`(async () => {
      const calendar = await import('/dist/calendar.js');
      const root = await import('/dist/index.js');
      if (typeof calendar.dueAt !== 'function') return null;
      return root.toShanghaiIsoString(calendar.dueAt('2026-10-05T15:00:00+08:00', { amount: 3, unit: 'day' }));
    })()`)) as string | null;
    await page.close();
    // RULES C2: the event day does not count; "within 3 days" ends at 24:00 of the third day.
    if (result !== null) expect(result).toBe('2026-10-09T00:00:00.000+08:00');
  }, 60_000);
});

// The typedoc site: docs-site/ when `npm run docs` has built it, otherwise built here (warnings do not
// stop this build: `npm run docs` is where they fail the pipeline).
describe.skipIf(skipReason !== undefined)('the documentation site in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let built: { path: string; remove: () => void } | undefined;

  beforeAll(async () => {
    let site = join(repoRoot, 'docs-site');
    if (!existsSync(join(site, 'index.html'))) {
      built = freshFolder('docs-site');
      site = built.path;
      // The generated pages, the playground's and the search box's scripts first, as `npm run docs` does.
      for (const script of ['scripts/build-rules-reference.mjs', 'scripts/build-playground.mjs', 'scripts/build-search.mjs']) {
        execFileSync(process.execPath, [join(repoRoot, script)], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
      }
      execFileSync(
        process.execPath,
        [join(repoRoot, 'node_modules/typedoc/bin/typedoc'), '--out', site, '--treatWarningsAsErrors', 'false', '--treatValidationWarningsAsErrors', 'false', '--logLevel', 'Error'],
        { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] },
      );
    }
    server = await startStaticServer({ '/': site });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    built?.remove();
  });

  it('opens, with the guides and the API reference linked from its navigation', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${server.origin}/index.html`);
    expect(response?.status()).toBe(200);
    // The navigation is drawn by the site's script, which is why this takes a browser.
    await page.waitForSelector('a[href*="documents/"]', { state: 'attached', timeout: 30_000 });
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => ({ href: (anchor as unknown as { href: string }).href, text: anchor.textContent?.trim() ?? '' })));
    const guides = links.filter((link) => link.href.includes('/documents/'));
    const reference = links.filter((link) => /\/(functions|modules|classes|interfaces|variables)\//.test(link.href));
    expect(guides.map((link) => link.text)).toEqual(expect.arrayContaining(['ERP integration', 'Command line']));
    expect(reference.length).toBeGreaterThan(0);

    const targets = [
      guides.find((link) => link.text === 'ERP integration'),
      guides.find((link) => link.text === 'Command line'),
      links.find((link) => /\/functions\/[^/]*approvalAuthority\.html$/.test(link.href)) ?? reference[0],
    ];
    for (const target of targets) {
      expect(target).toBeDefined();
      const opened = await page.goto(target!.href);
      expect(opened?.status(), target!.href).toBe(200);
      expect((await page.textContent('h1'))?.trim().length, target!.href).toBeGreaterThan(0);
    }
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it('finds Chinese words the query runs together, and shows the query as typed', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/documents/zh-Hans/deadlines.html`);
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', '投诉升级');
    await page.waitForSelector('#tsd-search-results li', { timeout: 30_000 });
    const found = await page.$$eval('#tsd-search-results li a', (anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
    expect(found.some((href) => href.includes('/documents/zh-Hans/'))).toBe(true);
    // typedoc's search reads the box's value as pairs; the box itself holds, and shows, what was typed.
    expect(await page.$eval('#tsd-search-input', (box) => (box as unknown as { value: string }).value)).toBe('投诉 诉升 升级');
    expect(await page.$eval('#tsd-search-input', (box) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value')!.get!.call(box))).toBe('投诉升级');
    // The theme's messages are Chinese on a Chinese page.
    await page.fill('#tsd-search-input', 'zzqqxx');
    await page.waitForFunction(`document.querySelector('#tsd-search-status')?.textContent.includes('没有找到')`, undefined, { timeout: 30_000 });
    await page.close();
    expect(errors).toEqual([]);
  }, 60_000);
});
