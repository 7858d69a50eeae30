// The documentation site's playground in a real headless Chromium (Debian's `chromium`, driven by
// playwright-core), opened straight from the built files (file://, no server): a shared link
// (#fn=…&input=…) opens pre-filled and evaluated, the basis is explained in the chosen locale, an
// error shows its path, and the site's search box finds a guide from a Chinese word.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchChromium, repoRoot } from './_support.js';

const site = join(repoRoot, 'docs-site');
const playground = join(site, 'documents', 'playground.html');
const skipReason = browserSkipReason() ?? (existsSync(playground) ? undefined : 'docs-site/ is not built (npm run docs)');
if (skipReason !== undefined) console.warn(`playground tests skipped: ${skipReason}`);

let context: BrowserContext;
let closeChromium: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (skipReason !== undefined) return;
  ({ context, close: closeChromium } = await launchChromium('wuye-rules-playground-', ['--allow-file-access-from-files']));
}, 60_000);

afterAll(async () => {
  await closeChromium?.();
});

/** Opens a page of the built site from file:// and waits until the playground has evaluated its case. */
async function openPlayground(file: string, hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pathToFileURL(file).href}${hash}`);
  await page.waitForSelector('#wuye-playground[data-ready="true"] #pg-output[data-state]', { timeout: 15_000 });
  return { page, errors };
}

describe.skipIf(skipReason !== undefined)('the playground, opened from file://', () => {
  // One page for the English playground: later cases arrive as new links (hash changes), as when a
  // reader follows a second link to the same page, so the library loads once.
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    if (skipReason !== undefined) return;
    ({ page, errors } = await openPlayground(playground, '#fn=approvalAuthority&input=1200&locale=en'));
  }, 30_000);

  afterAll(async () => {
    await page?.close();
  });

  // Follows a shared link on the open page and waits until that case is evaluated.
  async function follow(hash: string, fn: string): Promise<void> {
    await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
    await page.waitForFunction(`document.querySelector('#pg-function').value === ${JSON.stringify(fn)} && document.querySelector('#pg-output').dataset.state !== undefined`);
  }

  it('evaluates a shared link: the function, the input and the basis explained in English', async () => {
    expect(await page.inputValue('#pg-function')).toBe('approvalAuthority');
    expect(await page.getAttribute('#pg-output', 'data-state')).toBe('ok');
    expect(await page.textContent('.pg-result')).toContain('"approver": "deputy-general-manager"');
    const basis = await page.textContent('.pg-basis li[data-rule="complaint.approval"]');
    expect(basis).toContain('Approval of a complaint amount');
    // The rule links to its entry in the rules reference, which exists.
    const href = await page.getAttribute('.pg-basis li[data-rule="complaint.approval"] a', 'href');
    expect(href).toMatch(/documents\/rules\/complaint\.html#complaintapproval$/);
    // The output's headings are the page's second level, under its title.
    expect(await page.$$eval('#pg-output h2', (headings) => headings.map((heading) => heading.textContent))).toEqual(['Decision', 'Basis']);
    expect(errors).toEqual([]);
  }, 30_000);

  it('shows an error with its code and the path of the field at fault', async () => {
    const input = encodeURIComponent(JSON.stringify({ repairClass: 'Z', receivedAt: '2026-09-30T18:00:00+08:00' }));
    await follow(`#fn=repairDeadline&input=${input}`, 'repairDeadline');
    expect(await page.getAttribute('#pg-output', 'data-state')).toBe('error');
    expect(await page.textContent('.pg-error-code')).toBe('invalid_enum');
    expect(await page.textContent('.pg-error-path')).toBe('repairClass');
    expect(await page.textContent('.pg-error-message')).toMatch(/^repairDeadline: /);
    // Input that is not JSON is an error too, and a case edited by hand becomes a shareable link.
    await page.fill('#pg-input', '"not json');
    await page.click('#pg-run');
    expect(await page.textContent('.pg-error-code')).toBe('invalid_json');
    await page.selectOption('#pg-function', 'approvalAuthority');
    await page.fill('#pg-input', '800');
    await page.click('#pg-run');
    expect(await page.textContent('.pg-result')).toContain('sales-manager');
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('fn=approvalAuthority&input=800');
    expect(errors).toEqual([]);
  }, 30_000);

  it("passes a policy box's overrides as --policy would: a 2027 deadline answered provisional, a bad setting shown at its path", async () => {
    const input = encodeURIComponent(JSON.stringify(['2027-02-05T10:00:00+08:00', { amount: 3, unit: 'workday' }]));
    // Without a policy, a year no notice covers is refused with the ways out.
    await follow(`#fn=explainDeadline&input=${input}`, 'explainDeadline');
    expect(await page.textContent('.pg-error-code')).toBe('calendar_coverage');
    const policy = encodeURIComponent(JSON.stringify({ outOfCoverage: 'statutory' }));
    await follow(`#fn=dueAt&input=${input}&policy=${policy}`, 'dueAt');
    await page.waitForFunction(`document.querySelector('#pg-output').dataset.state === 'ok'`);
    expect(await page.inputValue('#pg-policy')).toBe('{"outOfCoverage":"statutory"}');
    // Friday 5 Feb 2027 + 3 working days over the Spring Festival (除夕 5 Feb, 春节 6–8 Feb 2027 and 补假), by 24:00.
    expect(await page.textContent('.pg-result')).toBe('"2027-02-16T00:00:00.000+08:00"');
    await page.selectOption('#pg-function', 'yearStatus');
    await page.fill('#pg-input', '2027');
    await page.click('#pg-run');
    expect(await page.textContent('.pg-result')).toBe('"provisional"');
    await page.fill('#pg-policy', '{"outOfCoverage": "sometimes"}');
    await page.click('#pg-run');
    expect([await page.textContent('.pg-error-name'), await page.textContent('.pg-error-path')]).toEqual(['PolicyError', 'policy.outOfCoverage']);
    await page.fill('#pg-policy', '');
    await page.click('#pg-run');
    expect(await page.textContent('.pg-result')).toBe('"uncovered"');
    expect(errors).toEqual([]);
  }, 30_000);

  it('prefills every callable function with an input it accepts', async () => {
    const names = await page.$$eval('#pg-function option', (options) => options.map((option) => (option as unknown as { value: string }).value));
    expect(names.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const name of names) {
      await page.selectOption('#pg-function', name);
      if ((await page.getAttribute('#pg-output', 'data-state')) !== 'ok') failures.push(`${name}: ${await page.textContent('#pg-output')}`);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  }, 30_000);

  it('takes an array of arguments, shows dates in Shanghai time and explains in 简体中文 on the Chinese page', async () => {
    const input = encodeURIComponent(JSON.stringify(['2026-09-30T18:00:00+08:00', { amount: 2, unit: 'workday' }]));
    const chinese = await openPlayground(join(site, 'documents', 'zh-Hans', 'playground.html'), `#fn=dueAt&input=${input}`);
    expect(await chinese.page.inputValue('#pg-locale')).toBe('zh-Hans');
    expect(await chinese.page.textContent('.pg-result')).toContain('2026-10-10T00:00:00.000+08:00');
    // A link may choose the locale: the basis is explained in Traditional Chinese.
    const repair = encodeURIComponent(JSON.stringify({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00' }));
    // Plain JavaScript, as strings: the page has the DOM, the test's compiler does not.
    await chinese.page.evaluate(`location.hash = ${JSON.stringify(`#fn=repairDeadline&input=${repair}&locale=zh-Hant`)}`);
    await chinese.page.waitForFunction(`document.querySelector('#pg-function').value === 'repairDeadline' && document.querySelector('#pg-locale').value === 'zh-Hant'`);
    expect(await chinese.page.textContent('.pg-result')).toContain('2026-10-04T00:00:00.000+08:00');
    expect(await chinese.page.textContent('.pg-basis')).toMatch(/[報維]修/);
    // The playground's own words are Chinese on the Chinese page (the library's messages stay English).
    await chinese.page.fill('#pg-input', '{x');
    await chinese.page.click('#pg-run');
    expect(await chinese.page.textContent('.pg-error-path')).toBe('（整个输入）');
    expect(await chinese.page.$$eval('#pg-output h2', (headings) => headings.map((heading) => heading.textContent))).toEqual(['错误']);
    await chinese.page.close();
    expect(chinese.errors).toEqual([]);
  }, 30_000);

  it('is reached by the site search from a Chinese word', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    await page.waitForSelector('#tsd-search-trigger, #tsd-search input, input#tsd-search-field', { state: 'attached', timeout: 15_000 });
    const trigger = await page.$('#tsd-search-trigger');
    if (trigger !== null) await trigger.click();
    const field = (await page.$('#tsd-search-input')) ?? (await page.$('#tsd-search-field'));
    expect(field).not.toBeNull();
    await field!.fill('在线试用');
    await page.waitForSelector('#tsd-search-results li a, .results li a', { timeout: 15_000 });
    const results = await page.$$eval('#tsd-search-results li a, .results li a', (anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
    expect(results.some((href) => href.includes('documents/zh-Hans/playground.html'))).toBe(true);
    await page.close();
  }, 30_000);
});
