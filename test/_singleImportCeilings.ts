// The byte ceilings (min+gzip) of a bundle that imports one function alone from the root entry,
// shared by test/bundleSize.test.ts (bundles built from src/) and test/integration/distTreeShaking.test.ts
// (the same imports from the published dist/index.js, as an application's bundler meets them).
// One function imported alone, from the root entry: tree-shaking must leave only what it needs.
// classifyComplaint: issue 15 asked for 3 kB. It is ~5.7 kB without the working-day engine (~4.7 kB
// with every string literal emptied): the complaint's own checks (~1.4 kB), and instant parsing,
// validation, errors and options (~3.0 kB by themselves; npm run size:floor). Rules write the instants
// of their error messages with Date#toISOString (shanghaiIsoText), not the command line's cached
// formatter (~250 bytes less). CalendarCoverageError carries its code and a path (every bundle with
// the working-day engine); results are held within the years 0000–9999 (+08:00): 60–160 bytes more in
// the rules that return deadlines (and in classifyComplaint, which shares the period arithmetic). The
// ceilings these crossed, measured from dist, were raised to the measured size plus 40. The coverage error
// of a year no calendar may cover (1900–2999) names its one way out: ~5–35 bytes more where the
// working-day engine is; the ceilings crossed, measured from dist, were raised to the measured size plus 40.
// A message never cuts a character outside the BMP in two (core/describe.ts, ~20 bytes in every rule
// bundle): the ceilings it crossed were raised to the measured size plus 40.
// Every function refuses an argument past its last parameter (~30–60 bytes): measured (src or dist) + 40.
// Decisions name the weekends-only fallback (C3.weekends-fallback, ~5–40 bytes where deadlines are
// counted): the ceilings crossed, measured (src or dist, the larger) + 40.
export const singleImports: Record<string, number> = {
  // Messages cut long keys of a path at 100 characters, numbers read −0 as 0 (+11).
  approvalAuthority: 3_494,
  classifyComplaint: 5_766,
  complaintDeadlines: 5_101,
  // Messages cut long keys of a path at 100 characters, numbers read −0 as 0 (+8, measured from dist).
  repairDeadline: 5_250,
  // Messages cut long keys of a path at 100 characters, numbers read −0 as 0 (+3, measured from dist).
  repairStatus: 6_076,
  scoreMonth: 5_424,
  payFloat: 3_542,
  gradeForScore: 3_108,
  dueAt: 6_812,
  // Messages cut long keys of a path at 100 characters (+6).
  addWorkdays: 5_620,
  // Messages cut long keys of a path at 100 characters, numbers read −0 as 0 (+9, measured from dist).
  // The statutory table's years worked out once, kept for the next call (+1 from dist): measured + 40.
  noticePlan: 6_361,
  visitQuota: 2_847,
  // Takes and checks the rule options, as every rule function (the one reader of options: +417): measured + 40.
  selectVisitSample: 2_762,
  // Noise of a few units in the last place, relative to the target (+1).
  collectionCheck: 2_695,
  summarizeServiceRatings: 2_712,
  // The default desk policy holds the weekly report and probation settings (+24): measured + 40.
  deskFine: 2_979,
  // An approval that cannot fall inside the window is not counted (+1, measured from dist): measured + 40.
  // The weekly report dated and named by desk.weeklyReport (+82 from dist): measured + 40.
  dutyCalendar: 12_211,
  // The duty table's rule of each duty to check rule and duty against, date against dueAt, UIDs of titles, duplicates refused (+764).
  // A title's keys held to the locales and compared in each, a deadline's seconds and milliseconds written
  // (+36 from dist): measured + 40.
  toICalendar: 6_113,
  // The catalog is every rule's summary in three locales: explain carries all of it.
  // The summaries read again against the sources (session 11): measured + 40.
  explain: 29_825,
  // Integer civil-from-days formatting (no Date#toISOString) is the command line's hot path: ~1.7 kB.
  toShanghaiIsoString: 2_250,
};
