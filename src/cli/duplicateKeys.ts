// JSON.parse keeps the last of an object's repeated member names and says nothing: `{"dayCounting":
// "elapsed", …, "dayCounting": "civil-code"}` in a company's policy file would be read one way while
// its author meant the other. The files the command line and the service read (a policy, a calendar)
// are checked for a repeated name; input lines are not (an ERP's JSON writer repeats no name, and a
// scan of every line would cost the throughput the command line is measured by).

/** Where a repeated member name was found: the path of the object's member, and the name. */
export interface DuplicateKey {
  /** The path of the repeated member, ending with its name. */
  readonly path: readonly (string | number)[];
}

// A frame holds only its own place (the member or element being read), not its path: a path per frame
// would take memory in the square of the nesting (a 180 kB file nested 30,000 deep ran out of memory).
interface ObjectFrame {
  readonly kind: 'object';
  readonly names: Set<string>;
  // The name of the member whose value comes next.
  name: string | undefined;
}

interface ArrayFrame {
  readonly kind: 'array';
  index: number;
}

// The end of the string token that starts at `start` (its opening quote): the index after its closing quote.
function stringEnd(text: string, start: number): number {
  let index = start + 1;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code === 92 /* \ */) index += 2;
    else if (code === 34 /* " */) return index + 1;
    else index += 1;
  }
}

/**
 * The first member name repeated within one object of `text`, or `undefined` when none is. Names are
 * compared as JSON reads them (`"a"` and `"\u0061"` are one name).
 *
 * @param text - Valid JSON text (JSON.parse has read it without error).
 * @returns The path of the repeated member (`{"a":{"b":1,"b":2}}`: `['a', 'b']`), or `undefined`.
 */
export function duplicateKey(text: string): DuplicateKey | undefined {
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  // The path of the innermost object's member `name`: the place each enclosing frame is reading, then the name.
  const pathTo = (name: string): (string | number)[] => [...stack.slice(0, -1).map((frame) => (frame.kind === 'object' ? (frame.name as string) : frame.index)), name];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const top = stack.at(-1);
    if (code === 34 /* " */) {
      const end = stringEnd(text, index);
      // A string in an object where a name goes is a member's name: the next token is its colon.
      if (top?.kind === 'object' && top.name === undefined) {
        const name = JSON.parse(text.slice(index, end)) as string;
        if (top.names.has(name)) return { path: pathTo(name) };
        top.names.add(name);
        top.name = name;
      }
      index = end;
      continue;
    }
    if (code === 123 /* { */) stack.push({ kind: 'object', names: new Set(), name: undefined });
    else if (code === 91 /* [ */) stack.push({ kind: 'array', index: 0 });
    else if (code === 125 /* } */ || code === 93 /* ] */) stack.pop();
    else if (code === 44 /* , */ && top !== undefined) {
      if (top.kind === 'object') top.name = undefined;
      else top.index += 1;
    }
    index += 1;
  }
  return undefined;
}
