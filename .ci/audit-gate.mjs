// Reads `npm audit --json` on stdin; fails on a high or critical advisory in what it was asked about
// (.ci/run asks about production dependencies only).
// When the advisory service gave no report (offline, or a registry or mirror without the audit
// endpoint: the development machines answer 405), it warns and passes unless AUDIT_REQUIRED=1. No
// answer is not a finding, and a gate that is red whenever a third party is away gets bypassed; CI
// that can reach the service sets AUDIT_REQUIRED=1 so that a silent outage cannot hide an advisory.
let raw = '';
for await (const chunk of process.stdin) raw += chunk;
let report;
try {
  report = JSON.parse(raw);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? report?.error?.summary ?? (raw.trim().slice(0, 200) || 'no output');
  console.error(`npm audit: NOT CHECKED, the advisory service gave no report (${why}).`);
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
for (const v of serious)
  console.error(`npm audit: ${v.severity} advisory in ${v.name} ${v.range}${v.fixAvailable ? ' (a fix is available)' : ''}`);
if (serious.length > 0) process.exit(1);
console.info(`npm audit: no high or critical advisory in production dependencies (${counts.total} of lower severity)`);
