// Test helpers of the desk tests, shared with the other modules' tests.
export { expectInvalid } from '../support/errors.js';
export { inCatalog, snapshot } from '../support/catalog.js';
