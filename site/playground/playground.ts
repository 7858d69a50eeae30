// The playground of the documentation site: choose a function, edit its input, see the decision and
// its basis explained in a locale, or the error with its path. A thin shell over the same registry
// of callable functions as the command line (src/cli/registry.ts); the library itself is the site's
// browser build (`window.wuyeRules`, assets/wuye-rules.iife.js), loaded before this script.
//
// The URL hash `#fn=<name>&input=<url-encoded JSON>` (and optionally `&locale=en` and
// `&policy=<url-encoded JSON>`) opens the page pre-filled and evaluated. As on the command line, a JSON
// array holds the arguments in order and any other value is the only argument; the policy box holds
// what `--policy` would (overrides for definePolicy), which reaches the function as its options.
import { buildRegistry, type CliFunction, type Registry } from '../../src/cli/registry.js';

type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

interface Library {
  readonly definePolicy: (overrides: unknown) => unknown;
  readonly explain: (basis: readonly string[], locale: Locale) => string[];
  readonly toShanghaiIsoString: (value: Date) => string;
  readonly schemas: Readonly<Record<string, unknown>>;
  readonly [name: string]: unknown;
}

/** What a run shows: a result, or an error with its path. */
export type Outcome =
  | { readonly ok: true; readonly result: unknown; readonly basis: readonly string[] }
  | { readonly ok: false; readonly name: string; readonly code: string; readonly path: readonly (string | number)[]; readonly message: string };

declare const __PLAYGROUND_EXAMPLES__: Readonly<Record<string, string>>;

const LABELS = {
  en: {
    fn: 'Function',
    locale: 'Explain in',
    input: 'Input (JSON: one argument, or an array of the arguments)',
    run: 'Evaluate',
    link: 'Link to this case',
    copied: 'Link copied to the address bar',
    result: 'Decision',
    basis: 'Basis',
    error: 'Error',
    path: 'path',
    reset: 'Example input',
    notJson: 'The input is not valid JSON',
    policy: 'Policy (JSON overrides, as definePolicy takes them; empty for the standards\' own: e.g. {"outOfCoverage": "statutory"} for 2027)',
    policyNotJson: 'The policy is not valid JSON',
    shortcut: 'Ctrl+Enter (⌘+Enter) in a box evaluates.',
    wholeInput: '(the whole input)',
    notLoaded: 'The library did not load (assets/wuye-rules.iife.js).',
  },
  'zh-Hans': {
    fn: '函数',
    locale: '解释语言',
    input: '输入（JSON：一个参数，或按顺序排列的参数数组）',
    run: '计算',
    link: '本案例的链接',
    copied: '链接已写入地址栏',
    result: '结论',
    basis: '依据',
    error: '错误',
    path: '路径',
    reset: '示例输入',
    notJson: '输入不是有效的 JSON',
    policy: '策略（definePolicy 接受的 JSON 覆盖项；留空即标准本身的规定。例如 2027 年可填 {"outOfCoverage": "statutory"}）',
    policyNotJson: '策略不是有效的 JSON',
    shortcut: '在输入框中按 Ctrl+Enter（⌘+Enter）即计算。',
    wholeInput: '（整个输入）',
    notLoaded: '本库未能加载（assets/wuye-rules.iife.js）。',
  },
} as const;

const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];
const LOCALE_NAMES: Readonly<Record<Locale, string>> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** The library's answer as JSON shows it: Dates in Shanghai time (`+08:00`). */
function toJson(library: Library, value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : library.toShanghaiIsoString(value);
  if (Array.isArray(value)) return value.map((item) => toJson(library, item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(library, item)]));
  }
  return value;
}

/** What a thrown error shows. */
function failureOf(error: unknown): Outcome {
  const failure = error as { name?: unknown; code?: unknown; path?: unknown; message?: unknown };
  return {
    ok: false,
    name: typeof failure.name === 'string' ? failure.name : 'Error',
    code: typeof failure.code === 'string' ? failure.code : 'internal_error',
    path: Array.isArray(failure.path) ? failure.path : [],
    message: typeof failure.message === 'string' ? failure.message : String(error),
  };
}

/**
 * Calls a function of the registry with the arguments of one input, as the command line would; a
 * policy (built by definePolicy) reaches it as `--policy` does, in its options (merged into a bag of
 * settings such as payFloat's).
 */
export function evaluate(library: Library, fn: CliFunction, input: unknown, policy?: unknown): Outcome {
  const args = Array.isArray(input) ? [...input] : [input];
  const { arity, optionsIndex, optionsMerge } = fn.layout();
  if (args.length > arity) {
    return {
      ok: false,
      name: 'InvalidInputError',
      code: 'too_many_arguments',
      path: [arity],
      message: `${fn.name}: an input gives at most ${arity} argument${arity === 1 ? '' : 's'}, received ${args.length}`,
    };
  }
  if (policy !== undefined) {
    if (optionsIndex === null) {
      return { ok: false, name: 'InvalidInputError', code: 'unsupported_option', path: [], message: `${fn.name}: takes no policy (it is not a rule); empty the policy box` };
    }
    const given: unknown = args[optionsIndex];
    const isBag = optionsMerge && given !== null && typeof given === 'object' && !Array.isArray(given);
    while (args.length < optionsIndex) args.push(undefined);
    args[optionsIndex] = isBag ? { ...(given as object), policy } : { policy };
  }
  try {
    const result = fn.call(...args);
    const basis = result !== null && typeof result === 'object' && Array.isArray((result as { basis?: unknown }).basis) ? ((result as { basis: string[] }).basis) : [];
    return { ok: true, result: toJson(library, result), basis };
  } catch (error) {
    return failureOf(error);
  }
}

/** The policy of the policy box: `undefined` when empty, else definePolicy's policy or its error (`notJson` names text that is not JSON). */
export function policyOf(library: Library, text: string, notJson: string): { readonly policy: unknown } | { readonly failure: Outcome } {
  if (text.trim() === '') return { policy: undefined };
  let overrides: unknown;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    return { failure: { ok: false, name: 'SyntaxError', code: 'invalid_json', path: [], message: `${notJson} (${error instanceof Error ? error.message : String(error)})` } };
  }
  try {
    return { policy: library.definePolicy(overrides) };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The path of an error as a reader writes it: `input.unresolved.asOf`, `arguments[1].level`; `whole` for an empty path. */
export function formatPath(path: readonly (string | number)[], arity: number, whole: string = LABELS.en.wholeInput): string {
  if (path.length === 0) return whole;
  const [first, ...rest] = path;
  let text = arity > 1 && typeof first === 'number' ? `arguments[${first}]` : typeof first === 'number' ? `[${first}]` : String(first);
  for (const part of rest) text += typeof part === 'number' ? `[${part}]` : `.${part}`;
  return text;
}

function start(): void {
  const host = document.getElementById('wuye-playground');
  const library = (window as unknown as { wuyeRules?: Library }).wuyeRules;
  if (host === null) return;
  if (library === undefined) {
    host.textContent = (host.dataset.locale === 'en' ? LABELS.en : LABELS['zh-Hans']).notLoaded;
    return;
  }
  const registry: Registry = buildRegistry(library, library.schemas);
  // Each rule's page and anchor in the rules reference, relative to the site's root (written by the
  // site's typedoc plugin as assets/playground-links.js).
  const ruleLinks: Readonly<Record<string, string>> = (window as unknown as { wuyeRuleLinks?: Record<string, string> }).wuyeRuleLinks ?? {};
  const pageLocale: Locale = host.dataset.locale === 'en' ? 'en' : host.dataset.locale === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  const labels = pageLocale === 'en' ? LABELS.en : LABELS['zh-Hans'];
  // The site's root, from this script's own address (…/assets/playground.js).
  const script = document.querySelector<HTMLScriptElement>('script[src$="assets/playground.js"]');
  const siteRoot = script === null ? '../' : script.src.replace(/assets\/playground\.js(?:\?.*)?$/, '');

  const functionSelect = element('select', { id: 'pg-function', name: 'function' });
  for (const name of registry.keys()) functionSelect.append(element('option', { value: name }, name));
  const localeSelect = element('select', { id: 'pg-locale', name: 'locale' });
  for (const locale of LOCALES) localeSelect.append(element('option', { value: locale }, LOCALE_NAMES[locale]));
  localeSelect.value = pageLocale;
  const input = element('textarea', { id: 'pg-input', name: 'input', spellcheck: 'false', rows: '8' });
  const policyInput = element('textarea', { id: 'pg-policy', name: 'policy', spellcheck: 'false', rows: '2' });
  const runButton = element('button', { id: 'pg-run', type: 'button' }, labels.run);
  const resetButton = element('button', { id: 'pg-reset', type: 'button' }, labels.reset);
  const linkButton = element('button', { id: 'pg-link', type: 'button' }, labels.link);
  const output = element('div', { id: 'pg-output', class: 'pg-output', 'aria-live': 'polite' });

  // In reading order, which is also the keyboard's: choose, edit, then evaluate.
  host.replaceChildren(
    element('div', { class: 'pg-controls' }, element('label', {}, labels.fn, functionSelect), element('label', {}, labels.locale, localeSelect), resetButton),
    element('label', { class: 'pg-input' }, labels.input, input),
    element('label', { class: 'pg-input pg-policy' }, labels.policy, policyInput),
    element('div', { class: 'pg-controls' }, runButton, linkButton, element('span', { class: 'pg-shortcut' }, labels.shortcut)),
    output,
  );

  const exampleOf = (name: string): string => __PLAYGROUND_EXAMPLES__[name] ?? '{}';
  const pretty = (text: string): string => {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  };

  const run = (): void => {
    const fn = registry.get(functionSelect.value);
    if (fn === undefined) return;
    let value: unknown;
    let outcome: Outcome;
    const chosen = policyOf(library, policyInput.value, labels.policyNotJson);
    if ('failure' in chosen) {
      render(fn, chosen.failure, true);
      return;
    }
    try {
      value = JSON.parse(input.value);
      outcome = evaluate(library, fn, value, chosen.policy);
    } catch (error) {
      outcome = { ok: false, name: 'SyntaxError', code: 'invalid_json', path: [], message: `${fn.name}: ${labels.notJson} (${error instanceof Error ? error.message : String(error)})` };
    }
    render(fn, outcome);
  };

  // `inPolicy`: the error is the policy's (its path is a setting's, not an argument's).
  const render = (fn: CliFunction, outcome: Outcome, inPolicy = false): void => {
    output.replaceChildren();
    if (!outcome.ok) {
      output.dataset.state = 'error';
      output.append(
        element('h2', { class: 'pg-heading' }, labels.error),
        element(
          'p',
          { class: 'pg-error' },
          element('code', { class: 'pg-error-name' }, outcome.name),
          ' ',
          element('code', { class: 'pg-error-code' }, outcome.code),
        ),
        element('p', {}, `${labels.path}: `, element('code', { class: 'pg-error-path' }, inPolicy ? `policy${outcome.path.map((part) => `.${part}`).join('')}` : formatPath(outcome.path, fn.layout().arity, labels.wholeInput)), ' ', element('code', { class: 'pg-error-path-json' }, JSON.stringify(outcome.path))),
        element('p', { class: 'pg-error-message' }, outcome.message),
      );
      return;
    }
    output.dataset.state = 'ok';
    output.append(element('h2', { class: 'pg-heading' }, labels.result), element('pre', { class: 'pg-result' }, JSON.stringify(outcome.result, null, 2) ?? 'undefined'));
    if (outcome.basis.length > 0) {
      const locale = localeSelect.value as Locale;
      let lines: string[];
      try {
        lines = library.explain(outcome.basis, locale);
      } catch {
        lines = outcome.basis.map(() => '');
      }
      const list = element('ul', { class: 'pg-basis' });
      outcome.basis.forEach((id, index) => {
        const link = ruleLinks[id];
        const label = element('code', {}, id);
        list.append(element('li', { 'data-rule': id }, link === undefined ? label : element('a', { href: siteRoot + link }, label), ' ', lines[index] ?? ''));
      });
      output.append(element('h2', { class: 'pg-heading' }, labels.basis), list);
    }
  };

  const writeHash = (): void => {
    let compact = input.value;
    try {
      compact = JSON.stringify(JSON.parse(input.value));
    } catch {
      // An input that is not JSON is shared as it is: the link shows the same error.
    }
    let hash = `#fn=${encodeURIComponent(functionSelect.value)}&input=${encodeURIComponent(compact)}&locale=${encodeURIComponent(localeSelect.value)}`;
    if (policyInput.value.trim() !== '') hash += `&policy=${encodeURIComponent(policyInput.value.trim())}`;
    history.replaceState(null, '', hash);
  };

  const readHash = (): boolean => {
    const parameters = new URLSearchParams(location.hash.replace(/^#/, ''));
    const name = parameters.get('fn');
    if (name === null || !registry.has(name)) return false;
    functionSelect.value = name;
    const locale = parameters.get('locale');
    if (locale !== null && (LOCALES as readonly string[]).includes(locale)) localeSelect.value = locale;
    const given = parameters.get('input');
    input.value = given === null ? pretty(exampleOf(name)) : pretty(given);
    policyInput.value = parameters.get('policy') ?? '';
    run();
    return true;
  };

  functionSelect.addEventListener('change', () => {
    input.value = pretty(exampleOf(functionSelect.value));
    run();
  });
  localeSelect.addEventListener('change', run);
  resetButton.addEventListener('click', () => {
    input.value = pretty(exampleOf(functionSelect.value));
    run();
  });
  runButton.addEventListener('click', () => {
    run();
    writeHash();
  });
  linkButton.addEventListener('click', () => {
    writeHash();
    linkButton.textContent = labels.copied;
    setTimeout(() => (linkButton.textContent = labels.link), 2000);
  });
  for (const box of [input, policyInput]) {
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run();
        writeHash();
      }
    });
  }
  window.addEventListener('hashchange', () => void readHash());

  if (!readHash()) {
    functionSelect.value = registry.has('classifyComplaint') ? 'classifyComplaint' : (registry.keys().next().value ?? '');
    input.value = pretty(exampleOf(functionSelect.value));
    run();
  }
  host.dataset.ready = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
