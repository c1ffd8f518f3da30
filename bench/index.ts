// Benchmarks: each compares against a baseline measured in the same run and prints the ratio.
// The parsing and aggregation benchmarks land with their stages; until then the suite is empty.
const suites: readonly (() => void)[] = [];
for (const suite of suites) suite();
console.log(`${suites.length} benchmark suites run`);
