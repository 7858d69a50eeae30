// The registry of the package itself: the root entry's functions and the schemas entry's schemas.
// This import pulls the whole library and zod into the command line's bundle, which is fine there.
import * as library from '../index.js';
import * as schemas from '../schemas/index.js';
import { buildRegistry, type Registry } from './registry.js';

let registry: Registry | undefined;

/** The registry of every function of the package that has an input or arguments schema. */
export function defaultRegistry(): Registry {
  registry ??= buildRegistry(library, schemas);
  return registry;
}
