// The name under which test/support/deepFastCheck.ts imports fast-check itself (vitest.deep.config.ts
// maps it to the real package, while `fast-check` in the test files means the deep wrapper).
declare module 'fast-check-original' {
  export * from 'fast-check';
  import fc from 'fast-check';
  export default fc;
}
