// Each browser test class starts its own portal and its own Chromium. Run side by side on a 2-core machine, four portals
// starting at once (seeding, JIT, the first page of each) and four browsers left a sign-in waiting more than Playwright's
// 30 s in one CI run out of several; one class at a time keeps every wait far inside its limit.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
