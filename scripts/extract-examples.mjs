// Finds every `@example` block in the TSDoc comments of src/ and turns it into runnable code.
// Used by test/docExamples.test.ts; runnable alone (`node scripts/extract-examples.mjs`) to list them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function listSourceFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listSourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every example: { file, line, code } with the comment's leading ` * ` removed and fences dropped. */
export function extractExamples(sourceDirectory = join(root, 'src')) {
  const examples = [];
  for (const file of listSourceFiles(sourceDirectory).sort()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let index = 0; index < lines.length; index += 1) {
      if (!/^\s*\*\s*@example\b/.test(lines[index])) continue;
      const body = [];
      let cursor = index + 1;
      for (; cursor < lines.length; cursor += 1) {
        const line = lines[cursor];
        if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w/.test(line)) break;
        body.push(line.replace(/^\s*\* ?/, ''));
      }
      const code = body.filter((line) => !/^```/.test(line.trim())).join('\n').trim();
      examples.push({ file: relative(root, file), line: index + 1, code });
      index = cursor - 1;
    }
  }
  return examples;
}

/**
 * Rewrites an example into the body of an async function: imports from 'wuye-rules[/entry]' become
 * reads from `__modules`, and each `expression` followed by `//=> value` (the value may continue on
 * further `//` lines) becomes `__check(expression, value)`.
 */
export function toRunnable(code) {
  const lines = code.split('\n');
  const out = [];
  let checks = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const importMatch = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(wuye-rules(?:\/[a-z]+)?)';?\s*$/.exec(line.trim());
    if (importMatch) {
      if (importMatch[1]) continue;
      const names = importMatch[2].split(',').map((name) => name.trim()).filter((name) => name && !name.startsWith('type '));
      out.push(`const { ${names.join(', ')} } = __modules[${JSON.stringify(importMatch[3])}];`);
      continue;
    }
    const next = lines[index + 1];
    if (next !== undefined && /^\s*\/\/=>/.test(next)) {
      const valueLines = [next.replace(/^\s*\/\/=>\s?/, '')];
      let cursor = index + 2;
      while (cursor < lines.length && /^\s*\/\/(?!=>)/.test(lines[cursor])) {
        valueLines.push(lines[cursor].replace(/^\s*\/\/\s?/, ''));
        cursor += 1;
      }
      const expression = line.trim().replace(/;$/, '');
      out.push(`__check(${expression}, (${valueLines.join('\n')}), ${checks});`);
      checks += 1;
      index = cursor - 1;
      continue;
    }
    out.push(line);
  }
  return { body: out.join('\n'), checks };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const example of extractExamples()) console.log(`${example.file}:${example.line}\n${example.code}\n`);
}
