// fast-check for `npm run test:deep`: the same properties with many more cases each. vitest.deep.config.ts
// points the test files' `fast-check` here; everything but `assert` is fast-check's own. A property's
// case count is multiplied by WUYE_DEEP_FACTOR (default 20), and each property draws its own seed, which
// a failure prints with its counterexample so that it can be replayed (`{ seed, path }` in fc.assert).
import * as fastCheck from 'fast-check-original';

const factor = Number(process.env.WUYE_DEEP_FACTOR ?? 20);
if (!Number.isInteger(factor) || factor < 1) throw new Error(`WUYE_DEEP_FACTOR must be a whole number ≥ 1, received ${process.env.WUYE_DEEP_FACTOR}`);

type RawProperty = fastCheck.IRawProperty<unknown[]>;
const assert = ((property: RawProperty, parameters?: fastCheck.Parameters<unknown[]>) =>
  fastCheck.assert(property, { ...parameters, numRuns: (parameters?.numRuns ?? 100) * factor })) as typeof fastCheck.assert;

export default { ...fastCheck.default, assert };
