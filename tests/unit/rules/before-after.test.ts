/**
 * A v1 file without any new field evaluates exactly as before wherever the reference did not change the
 * rule: every difference between the engine now and the snapshot of the engine before the revised legal
 * reference (tests/fixtures/snapshots/households-before.json) has a documented reason
 * (tests/fixtures/snapshots/differences.ts), and every documented reason still explains a difference.
 * `npm run --silent legal:diff` prints them all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffAll, snapshotOf } from '../../fixtures/snapshots/diff';
import { documented } from '../../fixtures/snapshots/differences';

const root = join(__dirname, '../../..');
const before = JSON.parse(readFileSync(join(root, 'tests/fixtures/snapshots/households-before.json'), 'utf8'));
const { differences, undocumented, unused } = diffAll(before, snapshotOf(join(root, 'tests/fixtures/households')), documented);

describe('before and after the revised legal reference (v1 fixture households)', () => {
  it('every difference has a documented reason', () => {
    expect(undocumented.map((d) => `${d.key}: ${d.change}`)).toEqual([]);
  });
  it('every documented reason explains a difference', () => {
    expect(unused.map((u) => u.match)).toEqual([]);
  });
  it('the snapshot covers the fourteen v1 stories, each still evaluated', () => {
    expect(Object.keys(before).length).toBe(14);
    for (const f of Object.keys(before)) expect(differences.some((d) => d.key === f && d.change === 'fixture removed'), f).toBe(false);
  });
  it('unchanged where the reference did not change the rule: e.g. every result of the Georgian, apprentice and deception stories', () => {
    for (const f of ['georgian-exempt.json', 'georgian-late.json', 'apprentice.json', 'deception.json', 'employment-toleration.json', 'leap-day.json', 'skilled-worker.json', 'young-adult-27.json']) {
      expect(differences.filter((d) => d.key.startsWith(`${f} `) && !d.key.includes('/')), f).toEqual([]);
    }
  });
});
