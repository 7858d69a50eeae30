// The corpus of the time-zone differential: calls of every function the package exports, built from
// the command line's registry (so a function that lands with its schema is covered without touching
// this file), the command line's example lines and each function's JSON Schema. Inputs are plain
// JSON with tags the child revives: {"$date": ms} a Date, {"$date": null} an Invalid Date,
// {"$undefined": true} undefined, {"$lib": name} a value the library exports (chinaCalendar),
// {"$call": name, "args": [...]} the result of calling a library function (a policy, a calendar).
// Nothing here reads the clock or the host's zone: the corpus is the same wherever it is built.

// Instants chosen where a host zone would show up: around midnight in Shanghai (16:00Z), the DST
// transitions of Los Angeles and Lord Howe, the date line (Kiritimati +14, Pago Pago -11), year and
// month ends, a leap day, and the Spring Festival and National Day holidays.
export const INSTANTS = [
  '2026-10-01T00:00:00+08:00',
  '2026-09-30T23:59:59.999+08:00',
  '2026-09-30T16:00:00Z',
  '2026-09-30T15:59:59.999Z',
  '2026-10-08T00:00:00.001+08:00',
  '2026-10-09T18:00:00+08:00',
  '2025-12-31T23:59:59.999+08:00',
  '2026-01-01T00:00:00+08:00',
  '2026-12-31T16:00:00Z',
  '2026-12-31T23:30:00-11:00',
  '2027-01-01T00:00:00+14:00',
  '2026-03-08T02:30:00-08:00',
  '2026-03-08T10:00:00Z',
  '2026-11-01T01:30:00-07:00',
  '2026-11-01T01:30:00-08:00',
  '2026-04-05T02:00:00+11:00',
  '2026-04-05T01:30:00+10:30',
  '2026-10-04T02:00:00+10:30',
  '2026-02-16T12:00:00+08:00',
  '2026-02-14T09:00:00+08:00',
  '2028-02-29T23:59:59+08:00',
  '2026-06-30T16:00:00Z',
  '2026-03-31T23:59:59+08:00',
  '2027-02-06T10:00:00+08:00',
];

// The same moments in the other forms an instant may take, and forms whose reading a host zone could
// change: a date alone, a local time without an offset, a space for the T, epoch ms and Date objects.
export const INSTANT_FORMS = [
  ...INSTANTS,
  '2026-10-01',
  '2026-12-31',
  '2027-01-01',
  '2026-03-08',
  '2026-10-01T00:00:00',
  '2026-10-01 00:00',
  '2026-12-31T23:59:59.999',
  '2026-03-08T02:30:00',
  Date.parse('2026-09-30T16:00:00Z'),
  Date.parse('2026-09-30T15:59:59.999Z'),
  Date.parse('2026-12-31T16:00:00Z'),
  Date.parse('2026-03-08T10:00:00Z'),
  { $date: Date.parse('2026-10-01T00:00:00+08:00') },
  { $date: Date.parse('2026-09-30T23:59:59.999+08:00') },
  { $date: Date.parse('2026-12-31T23:59:59.999+08:00') },
  { $date: Date.parse('2026-11-01T09:30:00Z') },
  { $date: Date.parse('2026-04-04T15:30:00Z') },
];

/** A corpus value as the function receives it. */
export function revive(value, library) {
  if (Array.isArray(value)) return value.map((item) => revive(item, library));
  if (value === null || typeof value !== 'object') return value;
  if ('$date' in value) return new Date(value.$date ?? Number.NaN);
  if ('$undefined' in value) return undefined;
  if ('$lib' in value) return library[value.$lib];
  if ('$call' in value) return library[value.$call](...revive(value.args, library));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item, library)]));
}

const ELAPSED_POLICY = { $call: 'definePolicy', args: [{ dayCounting: 'elapsed' }] };
const CALENDAR_2027 = {
  $call: 'extendCalendar',
  args: [{ $lib: 'chinaCalendar' }, { year: 2027, holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], workdays: ['2027-02-20'] }],
};
const COMPANY_CALENDAR = { $call: 'defineCalendar', args: [{ from: 2026, to: 2026, holidays: ['2026-06-01'], workdays: ['2026-06-06'] }] };

// Inputs the schemas cannot suggest: functions without a schema, and values built by other functions.
const EXTRA_CALLS = {
  supervisorMonthDeadlines: [['2026-02'], ['2026-12'], ['2027-01'], ['2026-10']],
  defineCalendar: [COMPANY_CALENDAR.args, [{ from: 2026, to: 2027, holidays: ['2026-12-31', '2027-01-01'], workdays: [] }]],
  extendCalendar: [CALENDAR_2027.args],
  explain: [[['complaint.approval'], 'en'], [['complaint.approval'], 'zh-Hant'], [['complaint.approval']]],
  policyAt: [
    [[{ effectiveFrom: '2026-01-01', policy: { $lib: 'defaultPolicy' } }, { effectiveFrom: '2026-07-01', policy: ELAPSED_POLICY }], '2026-06-30T23:59:59+08:00'],
    [[{ effectiveFrom: '2026-01-01', policy: { $lib: 'defaultPolicy' } }, { effectiveFrom: '2026-07-01', policy: ELAPSED_POLICY }], '2026-06-30T16:00:00Z'],
  ],
  isWorkday: [['2027-02-08', { calendar: CALENDAR_2027 }], ['2027-02-20', { calendar: CALENDAR_2027 }], ['2026-06-06', { calendar: COMPANY_CALENDAR }], ['2027-02-20']],
  addWorkdays: [['2027-02-05T18:00:00+08:00', 3, { calendar: CALENDAR_2027 }], ['2026-12-31T18:00:00+08:00', 5]],
  workdaysBetween: [['2027-02-01', '2027-02-28', { calendar: CALENDAR_2027 }], ['2026-12-25', '2027-01-08']],
  dueAt: [['2027-02-05T15:00:00+08:00', { amount: 3, unit: 'workday' }, { calendar: CALENDAR_2027 }]],
};

// Values no function should accept where an instant or a number goes.
const BAD_VALUES = [null, '', 'yesterday', '2026-02-30', '2026-13-01T00:00:00+08:00', { $date: null }, Number.MAX_SAFE_INTEGER, -1, 1.5, true, [], {}];

const INSTANT_TEXT = /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/;

// A seeded generator (mulberry32), so the corpus is the same on every run.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text) {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0), 16777619);
  return value >>> 0;
}

function resolve(root, node) {
  let current = node;
  for (let depth = 0; depth < 20 && current && typeof current.$ref === 'string'; depth += 1) {
    const path = current.$ref.replace(/^#\/?/, '').split('/').filter(Boolean);
    let target = root;
    for (const key of path) target = target?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
    current = target;
  }
  return current ?? {};
}

function isInstantSchema(root, node) {
  const schema = resolve(root, node);
  if (schema.title === 'Instant') return true;
  if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return true;
  if (schema.format === 'date' || schema.format === 'date-time') return true;
  const branches = schema.anyOf ?? schema.oneOf;
  return Array.isArray(branches) && branches.some((branch) => isInstantSchema(root, branch) && resolve(root, branch).type === 'string');
}

// A value for a JSON Schema node, chosen by `pick`; `depth` bounds recursion.
function generate(root, node, pick, depth) {
  const schema = resolve(root, node);
  if (depth > 6) return null;
  if (isInstantSchema(root, schema)) return pick(INSTANT_FORMS);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches) && branches.length > 0) return generate(root, pick(branches), pick, depth + 1);
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return generate(root, schema.allOf[0], pick, depth + 1);
  const type = Array.isArray(schema.type) ? pick(schema.type.filter((entry) => entry !== 'null')) ?? 'null' : schema.type;
  switch (type) {
    case 'boolean':
      return pick([true, false]);
    case 'integer':
    case 'number': {
      const minimum = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const maximum = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Math.max(minimum, 0) + 120);
      const candidates = [minimum, maximum, Math.round((minimum + maximum) / 2), minimum + 1, maximum - 1];
      if (maximum <= 1 && type === 'number') candidates.push(0.5, 0.95, 0.9);
      return pick(candidates.filter((value) => value >= minimum && value <= maximum));
    }
    case 'string': {
      if (typeof schema.minLength === 'number' && schema.minLength > 3) return 'x'.repeat(schema.minLength);
      return pick(['a', '1-101', '2026-03', 'lift', '电梯']);
    }
    case 'array': {
      const items = Array.isArray(schema.prefixItems) ? schema.prefixItems : null;
      if (items) return items.map((item) => generate(root, item, pick, depth + 1));
      const length = Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, pick([0, 1, 2, 3])));
      return Array.from({ length }, () => generate(root, schema.items ?? {}, pick, depth + 1));
    }
    case 'object': {
      const out = {};
      const required = new Set(schema.required ?? []);
      for (const [key, value] of Object.entries(schema.properties ?? {})) {
        if (key === 'policy' || key === 'calendar') continue;
        if (required.has(key) || pick([true, false])) out[key] = generate(root, value, pick, depth + 1);
      }
      return out;
    }
    case 'null':
      return null;
    default:
      return pick([0, 'a', null]);
  }
}

// Every leaf path of a JSON value whose string looks like an instant.
function instantPaths(value, path = []) {
  if (typeof value === 'string') return INSTANT_TEXT.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => instantPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object' && !('$date' in value)) {
    return Object.entries(value).flatMap(([key, item]) => instantPaths(item, [...path, key]));
  }
  return [];
}

// Every leaf path of a JSON value (first three levels), for the invalid-value variants.
function leafPaths(value, path = []) {
  if (path.length >= 3) return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object' && !('$date' in value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

function setAt(value, path, replacement) {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[path[0]] = setAt(value[path[0]], path.slice(1), replacement);
  return copy;
}

function firstObjectPath(value, path = []) {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = firstObjectPath(value[index], [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !('$date' in value)) return path;
  return null;
}

/**
 * The corpus: `{ fn, args }` entries, args as tagged JSON.
 *
 * @param registry - The command line's registry (`defaultRegistry()`).
 * @param exampleLines - The command line's example line per function.
 * @param library - The root entry's exports, for the functions the registry cannot call.
 */
export function buildCorpus(registry, exampleLines, library) {
  const calls = [];
  const seen = new Set();
  const add = (fn, args) => {
    const key = `${fn}\u0000${JSON.stringify(args)}`;
    if (seen.has(key)) return;
    seen.add(key);
    calls.push({ fn, args });
  };
  for (const [name, fn] of registry) {
    const pick = (() => {
      const next = random(hash(name));
      return (list) => list[Math.floor(next() * list.length)];
    })();
    const layout = fn.layout();
    // As the command line reads a line: an array holds the arguments, any other value is the only one.
    const toArgs = (line) => (Array.isArray(line) ? line : [line]);
    const candidates = [];
    if (exampleLines[name] !== undefined) candidates.push(toArgs(JSON.parse(exampleLines[name])));
    candidates.push(...(EXTRA_CALLS[name] ?? []));
    for (let index = 0; index < 8; index += 1) {
      candidates.push(layout.argumentSchemas.map((schema) => generate(layout.root, schema, pick, 0)));
    }
    for (const args of candidates) add(name, args);
    // The inputs the function accepts are the bases of the variants. (Which it accepts is read here,
    // in the host's zone; a zone-dependent answer would show in the children all the same.)
    const accepted = candidates.filter((args) => {
      try {
        fn.call(...revive(args, library));
        return true;
      } catch {
        return false;
      }
    });
    const bases = accepted.length > 0 ? accepted.slice(0, 3) : candidates.slice(0, 1);
    // Each instant of an accepted input moved through every instant and form of the list.
    for (const args of bases) {
      for (const path of instantPaths(args)) {
        for (const form of INSTANT_FORMS) add(name, setAt(args, path, form));
      }
    }
    // Invalid inputs: each leaf of an accepted input replaced by bad values, an unknown key, no
    // arguments, one argument too many.
    const base = bases[0];
    // Leaves inside the argument list only: a function without arguments (approverNames) has none, and
    // its list itself is not a value to replace.
    for (const path of leafPaths(base).filter((leaf) => leaf.length > 0)) {
      for (const bad of BAD_VALUES) add(name, setAt(base, path, bad));
    }
    const objectPath = firstObjectPath(base);
    if (objectPath) add(name, setAt(base, [...objectPath, 'typoKey'], 1));
    add(name, []);
    add(name, [...base, ...Array.from({ length: Math.max(0, layout.arity + 1 - base.length) }, () => 1)]);
    // The same input under a company policy given as an option.
    if (layout.optionsIndex !== null && !layout.optionsMerge) {
      for (const options of [{ policy: ELAPSED_POLICY }, { calendar: CALENDAR_2027 }]) {
        const padded = [...base];
        while (padded.length < layout.optionsIndex) padded.push({ $undefined: true });
        padded[layout.optionsIndex] = options;
        add(name, padded);
      }
    }
  }
  // Exported functions the registry cannot call (no schema): called with a few plain inputs.
  for (const name of Object.keys(library).sort()) {
    if (typeof library[name] !== 'function' || registry.has(name) || /^[A-Z]/.test(name)) continue;
    for (const args of [...(EXTRA_CALLS[name] ?? []), [], [INSTANTS[0]], [{ $date: Date.parse(INSTANTS[1]) }], [2026], [{}], ['2026-10-01', {}]]) add(name, args);
  }
  return calls;
}
