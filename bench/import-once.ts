// Child process of the benchmark: one import, then its own wall time and peak memory as JSON.
import { importReports } from '../lib/import';

const [out, ...sources] = process.argv.slice(2);
const started = performance.now();
const summary = await importReports(sources, { outDir: out });
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    reports: summary.reports.length,
    entries: summary.entries,
    errors: summary.problems.filter((p) => p.severity === 'error').length,
    warnings: summary.problems.filter((p) => p.severity === 'warning').length,
  }),
);
