// Shared by the integration tests, which exercise the BUILT package (npm test builds before vitest).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where integration tests put their temporary files (git-ignored). */
export const tmpRoot = join(repoRoot, 'test/.tmp');

/** Throws a clear message when the package has not been built. */
export function requireBuild(): void {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/cli.js', 'dist/schemas.js']) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: build the package first (npm run build), as npm test does`);
  }
}

/** A fresh folder under test/.tmp, removed by the returned function. */
export function freshFolder(name: string): { path: string; remove: () => void } {
  const path = join(tmpRoot, `${name}-${process.pid}-${Date.now()}`);
  mkdirSync(path, { recursive: true });
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Packs the package as npm would publish it (`npm pack`: only the files of `files`) and installs the
 * tarball's content into `<consumer>/node_modules/wuye-rules`, with a `.bin/wuye-rules` link as npm
 * makes. The consumer folder sits under the repository, so the package's own dependencies (zod)
 * resolve from the repository's node_modules, as they would from the consumer's.
 */
export function installPackedPackage(consumer: string): { packageDirectory: string; files: string[] } {
  const packDirectory = join(consumer, 'pack');
  mkdirSync(packDirectory, { recursive: true });
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDirectory], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output.slice(output.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error(`npm pack printed no result: ${output}`);
  const modules = join(consumer, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  execFileSync('tar', ['-xzf', join(packDirectory, packed.filename), '-C', modules]);
  const packageDirectory = join(modules, 'wuye-rules');
  execFileSync('mv', [join(modules, 'package'), packageDirectory]);
  symlinkSync('../wuye-rules/dist/cli.js', join(modules, '.bin', 'wuye-rules'));
  return { packageDirectory, files: packed.files.map((file) => file.path) };
}

/** What a child process did. */
export interface ChildOutcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node` with arguments in a folder, feeding stdin, in a given host time zone. */
export function runNode(args: readonly string[], options: { cwd: string; input?: string; tz?: string }): Promise<ChildOutcome> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: { ...process.env, TZ: options.tz ?? 'UTC', NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or undefined when they can. They skip only when Chromium is
 * absent and this is not CI: in CI (`.ci/run` installs Debian's chromium) they must run.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  if (process.env.CI) return undefined;
  return `Chromium is not installed at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH); the browser tests are skipped outside CI`;
}

/** Flags for a quiet, self-contained headless Chromium. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A tiny static server on 127.0.0.1: URL prefixes mapped to folders, plus fixed pages. */
export async function startStaticServer(
  mounts: Readonly<Record<string, string>>,
  pages: Readonly<Record<string, string>> = {},
): Promise<{ origin: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    requests.push(pathname);
    const page = pages[pathname];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] as string });
      response.end(page);
      return;
    }
    const prefix = Object.keys(mounts)
      .filter((candidate) => pathname.startsWith(candidate))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) {
      const folder = mounts[prefix] as string;
      let file = normalize(join(folder, pathname.slice(prefix.length)));
      if ((file === folder || file.startsWith(folder + sep)) && existsSync(file)) {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        if (existsSync(file)) {
          response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
          response.end(readFileSync(file));
          return;
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        // A browser keeps its connections alive; close them, or close() waits for their timeout.
        server.closeAllConnections();
      }),
  };
}

// The ESM file a package's export resolves to in a browser: the `browser`, `import` or `default`
// condition, in that order.
function resolveCondition(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null) return undefined;
  for (const condition of ['browser', 'import', 'default']) {
    const found = resolveCondition((entry as Record<string, unknown>)[condition]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The import map that lets a browser load the ESM build as it is: every bare specifier the built
 * library files import (zod, from the entries that need it) mapped to the package's ESM file under
 * `/node_modules/`. Returns the map and the packages to serve.
 */
export function importMapForDist(): { imports: Record<string, string>; packages: string[] } {
  const imports: Record<string, string> = {};
  const packages = new Set<string>();
  const dist = join(repoRoot, 'dist');
  for (const file of readdirSync(dist)) {
    if (!file.endsWith('.js') || file === 'cli.js') continue;
    const code = readFileSync(join(dist, file), 'utf8');
    // Static import and export statements (esbuild writes them at the start of a line).
    for (const match of code.matchAll(/^\s*(?:import|export)\b[^;'"]*?(?:\bfrom\s*)?["']([^"']+)["']/gm)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('.') || specifier.startsWith('/') || imports[specifier] !== undefined) continue;
      const parts = specifier.split('/');
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
      const subpath = `.${specifier.slice(name.length)}`;
      const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
        exports?: Record<string, unknown>;
        module?: string;
        main?: string;
      };
      const target = manifest.exports === undefined ? (manifest.module ?? manifest.main) : resolveCondition(manifest.exports[subpath] ?? (subpath === '.' ? manifest.exports : undefined));
      if (target === undefined) throw new Error(`cannot resolve ${specifier} for the browser`);
      imports[specifier] = `/node_modules/${name}/${target.replace(/^\.\//, '')}`;
      packages.add(name);
    }
  }
  return { imports, packages: [...packages] };
}

/**
 * Launches Debian's Chromium headless with a fresh profile (nothing cached, no state from an earlier
 * run), in a host zone and locale other than Shanghai's; `close` ends it and removes the profile.
 */
export async function launchChromium(profilePrefix: string, extraArgs: readonly string[] = []): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDirectory = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    timezoneId: 'America/New_York',
    locale: 'en-US',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDirectory, { recursive: true, force: true });
    },
  };
}
