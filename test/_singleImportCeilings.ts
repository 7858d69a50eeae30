// The byte ceilings (min+gzip) of a bundle that imports one function alone from the root entry,
// shared by test/bundleSize.test.ts (bundles built from src/) and test/integration/distTreeShaking.test.ts
// (the same imports from the published dist/index.js, as an application's bundler meets them).
// One function imported alone, from the root entry: tree-shaking must leave only what it needs.
// classifyComplaint: issue 15 asked for 3 kB. It is ~4.9 kB without the working-day engine: the
// complaint's own checks (~1.4 kB), instant parsing, validation and options. Rules write the instants
// of their error messages with Date#toISOString (shanghaiIsoText), not the command line's cached
// formatter (~250 bytes less).
export const singleImports: Record<string, number> = {
  approvalAuthority: 3_000,
  classifyComplaint: 4_980,
  complaintDeadlines: 4_370,
  repairDeadline: 4_520,
  repairStatus: 5_370,
  scoreMonth: 4_720,
  payFloat: 3_020,
  gradeForScore: 2_570,
  dueAt: 5_800,
  addWorkdays: 4_870,
  noticePlan: 5_570,
  visitQuota: 2_300,
  selectVisitSample: 1_790,
  collectionCheck: 2_150,
  summarizeServiceRatings: 2_180,
  deskFine: 2_380,
  dutyCalendar: 10_810,
  toICalendar: 4_530,
  // The catalog is every rule's summary in three locales: explain carries all of it.
  explain: 30_000,
  // Integer civil-from-days formatting (no Date#toISOString) is the command line's hot path: ~1.7 kB.
  toShanghaiIsoString: 1_800,
};
