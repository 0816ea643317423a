/**
 * Before/after check of the rule engine on the fixture households (tests/fixtures/households/*.json).
 *
 * - `npm run --silent legal:diff -- --write` stores today's full output as the snapshot
 *   (tests/fixtures/snapshots/households-before.json). It was written once, from the engine before the
 *   legal reference of 2026-12-03 was implemented, and committed before any rule changed.
 * - `npm run --silent legal:diff` prints every difference between that snapshot and the engine now, at the
 *   level of routes (result, possibleFrom, applyBefore, dependsOn) and of conditions (added, removed,
 *   state or reason changed), with the reason documented for it in tests/fixtures/snapshots/differences.ts.
 *   tests/unit/rules/before-after.test.ts fails on any difference without a documented reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffAll, snapshotOf } from "../tests/fixtures/snapshots/diff";
import { documented } from "../tests/fixtures/snapshots/differences";

const root = join(import.meta.dirname, '..');
const snapshotFile = join(root, 'tests/fixtures/snapshots/households-before.json');

if (process.argv.includes('--write')) {
  writeFileSync(snapshotFile, JSON.stringify(snapshotOf(join(root, 'tests/fixtures/households')), null, 1) + '\n');
  process.stdout.write(`written ${snapshotFile}\n`);
} else {
  const before = JSON.parse(readFileSync(snapshotFile, 'utf8'));
  const { differences, undocumented } = diffAll(before, snapshotOf(join(root, 'tests/fixtures/households')), documented);
  for (const d of differences) process.stdout.write(`${d.key}: ${d.change}\n    why: ${d.why ?? 'NOT DOCUMENTED'}\n`);
  process.stdout.write(`${differences.length} differences, ${undocumented.length} without a documented reason\n`);
}
