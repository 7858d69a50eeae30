// Writes the JSON Schema files the package ships, from the zod schemas of `wuye-rules/schemas`, so
// that an ERP in Java, .NET or anything else can validate its payloads before calling the command
// line. Runs after tsup (`npm run build`): it reads the built `dist/schemas.js`, and converts with the
// command line's own converter (`dist/cli.js`), so the files and the command line agree.
//
//   dist/schemas/<function>.json         what one input line of <function> holds (lineJsonSchema,
//                                        src/cli/jsonSchema.ts): the tuple of its arguments
//                                        (<function>ArgsSchema; also the first argument bare when it
//                                        can be called with it alone) or its only argument
//                                        (<function>InputSchema), bare or in a one-item array (only
//                                        in the array when the argument is itself an array)
//   dist/schemas/<function>.input.json   its first argument, when it also has an ArgsSchema
//   dist/schemas/policy.json             a whole Policy
//   dist/schemas/policy-overrides.json   a --policy file: overrides, every key optional (definePolicy)
//   dist/schemas/policy-versions.json    a --policy file of effective-dated versions (policyAt)
//   dist/schemas/calendar-file.json      a --calendar file: holiday notices, or a whole calendar
//   dist/schemas/index.json              the list of the above, by function
//
// Titles and descriptions (zh and en) come from each schema's `.meta()`; a schema without them gets
// a generic bilingual title and a warning here.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The built package's folder: dist/ unless given (`node scripts/build-json-schemas.mjs other/dist`).
const dist = process.argv[2] === undefined ? `${root}dist/` : `${fileURLToPath(pathToFileURL(process.argv[2]).href).replace(/\/?$/, '/')}`;
const outDirectory = `${dist}schemas/`;

const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const schemas = await import(pathToFileURL(`${dist}schemas.js`).href);
const { toJsonSchema, lineJsonSchema } = await import(pathToFileURL(`${dist}cli.js`).href);

const warnings = [];

function withTitles(json, name, fallbackTitle, fallbackDescription) {
  const result = { ...json };
  if (typeof result.title !== 'string') {
    warnings.push(`${name}: no .meta({ title }) — using a generic title`);
    result.title = fallbackTitle;
  }
  if (typeof result.description !== 'string') {
    warnings.push(`${name}: no .meta({ description }) — using a generic description`);
    result.description = fallbackDescription;
  }
  // $schema first, then the titles, then the rest: easier to read.
  const { $schema, title, description, ...rest } = result;
  return { $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema', title, description, ...rest };
}

function write(file, json) {
  writeFileSync(`${outDirectory}${file}`, `${JSON.stringify(json, null, 2)}\n`);
}

rmSync(outDirectory, { recursive: true, force: true });
mkdirSync(outDirectory, { recursive: true });

const functions = {};
const pattern = /^(.+)(ArgsSchema|InputSchema)$/;
for (const exportName of Object.keys(schemas).sort()) {
  const match = pattern.exec(exportName);
  if (match === null) continue;
  const [, name, suffix] = match;
  const entry = (functions[name] ??= {});
  entry[suffix === 'ArgsSchema' ? 'args' : 'input'] = schemas[exportName];
}

// What index.json says a line holds, by the line's shape (lineJsonSchema in src/cli/jsonSchema.ts).
const LINE_HOLDS = {
  args: 'the arguments, as an array',
  input: 'the only argument, bare or in a one-item array',
  listArgument: 'the only argument (itself an array), in a one-item array',
};

const index = { $comment: `JSON Schemas of wuye-rules ${version}, draft 2020-12.`, version, functions: {} };
for (const [name, { args, input }] of Object.entries(functions)) {
  const lineSchema = args ?? input;
  const kind = args === undefined ? 'input' : 'args';
  const line = withTitles(
    lineJsonSchema(lineSchema, kind),
    `${name}${kind === 'args' ? 'ArgsSchema' : 'InputSchema'}`,
    `${name} ${kind === 'args' ? 'arguments' : 'input'}`,
    kind === 'args'
      ? `${name} 的参数（JSON 数组，按顺序）。 The arguments of ${name}, as a JSON array in order.`
      : `${name} 的输入。 The input of ${name}.`,
  );
  write(`${name}.json`, line);
  index.functions[name] = { line: `${name}.json`, lineHolds: LINE_HOLDS[kind === 'args' ? 'args' : line.type === 'array' ? 'listArgument' : 'input'] };
  // Several modules alias <name>InputSchema to their ArgsSchema: then there is no separate first-argument file.
  if (args !== undefined && input !== undefined && input !== args) {
    write(`${name}.input.json`, withTitles(toJsonSchema(input), `${name}InputSchema`, `${name} input`, `${name} 的第一个参数。 The first argument of ${name}.`));
    index.functions[name].input = `${name}.input.json`;
  }
}

const policy = withTitles(
  toJsonSchema(schemas.policySchema),
  'policySchema',
  'Policy',
  '公司政策：规则的全部数值与解读。 A company policy: every number and reading of the rules.',
);
write('policy.json', policy);

// The overrides (definePolicy's argument, a --policy file) and effective-dated versions of them, as
// the zod schemas that check them with definePolicy render themselves.
write('policy-overrides.json', toJsonSchema(schemas.policyOverridesSchema));
write('policy-versions.json', toJsonSchema(schemas.policyVersionsSchema));

// A --calendar file: one State Council notice (as date lists, or holiday-cn's YYYY.json as published), a
// list of them (extendCalendar), or a whole calendar (defineCalendar).
if (schemas.holidayNoticeSchema !== undefined && schemas.holidayCnFileSchema !== undefined && schemas.calendarSpecSchema !== undefined) {
  const embed = (schema) => {
    const { $schema: _ignored, $defs: definitions, ...body } = toJsonSchema(schema);
    return { body, definitions };
  };
  const lists = embed(schemas.holidayNoticeSchema);
  const holidayCn = embed(schemas.holidayCnFileSchema);
  const notice = { body: { anyOf: [lists.body, holidayCn.body] } };
  const calendar = embed(schemas.calendarSpecSchema);
  const $defs = { ...lists.definitions, ...holidayCn.definitions, ...calendar.definitions };
  write('calendar-file.json', {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Calendar file',
    description:
      '--calendar 文件：一份或多份国务院节假日安排通知（日期列表，或 holiday-cn 公布的 YYYY.json 原样；追加到内置日历），或一份完整的工作日历。 A --calendar file: one State Council holiday notice (date lists, or holiday-cn\'s YYYY.json as published) or a list of them (added to the built-in calendar), or a whole working-day calendar.',
    anyOf: [notice.body, { type: 'array', minItems: 1, items: notice.body }, calendar.body],
    ...(Object.keys($defs).length === 0 ? {} : { $defs }),
  });
  index.calendarFile = 'calendar-file.json';
}

index.policy = 'policy.json';
index.policyOverrides = 'policy-overrides.json';
index.policyVersions = 'policy-versions.json';
write('index.json', index);

for (const warning of warnings) process.stderr.write(`build-json-schemas: warning: ${warning}\n`);
process.stdout.write(
  `build-json-schemas: wrote ${Object.keys(index.functions).length} function schemas, 3 policy schemas${index.calendarFile === undefined ? '' : ' and the calendar file schema'} to ${outDirectory}\n`,
);
