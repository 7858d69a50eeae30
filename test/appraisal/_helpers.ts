// Test helpers of the appraisal tests, shared with the other modules' tests.
export { expectInvalid } from '../support/errors.js';
export { inCatalog, snapshot } from '../support/catalog.js';
