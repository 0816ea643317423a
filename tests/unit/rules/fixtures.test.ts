/**
 * The family stories in tests/fixtures/households (see stories.md): each `<name>.json` is a household as the
 * contract reads it, and `expected/<name>.json` next to it holds, written by hand from the legal reference
 * (shared/legal/reference.md, 2026-12-03), every route's result for every member and, where the story is
 * about them, single conditions — readable without TypeScript:
 *   "later from 2027-01-01, apply before 2031-01-01, through teen 25a"
 *   = result, possibleFrom, applyBefore, dependsOn (member and route); absent parts are null.
 *   conditions: { "mum 25a-family": { "holder-route": "met-later on 2027-01-01", "discretion": "authority (decision-kann)" } }
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationSchema, householdSchema, routeOrder } from '../../../src/rules';
import { describeCondition, describeRoute } from './notation';
import { flatten } from '../../../src/i18n/resources';
import de from '../../../locales/de/plan.json';

const dir = join(__dirname, '../../fixtures/households');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const expectedFiles = readdirSync(join(dir, 'expected')).filter((f) => f.endsWith('.json')).sort();

interface Expected { story: string; tests: string; asOf?: string; members: Record<string, Record<string, string>>; conditions?: Record<string, Record<string, string>> }

const load = (f: string) => householdSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
const expectedOf = (f: string) => JSON.parse(readFileSync(join(dir, 'expected', f), 'utf8')) as Expected;

const german = flatten(de as never);

describe('household fixtures', () => {
  it('every household has its expected results and its story in stories.md', () => {
    const stories = readFileSync(join(dir, 'stories.md'), 'utf8');
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(expectedFiles).toEqual(files);
    for (const f of files) expect(stories, f).toContain(`\`${f}\``);
  });

  it.each(files)('%s: every route of every member as expected, output valid', (f) => {
    const exp = expectedOf(f);
    const e = evaluate(load(f), exp.asOf);
    expect(evaluationSchema.safeParse(e).success).toBe(true);
    const got: Record<string, Record<string, string>> = {};
    for (const m of e.members) {
      expect(m.routes.map((r) => r.id)).toEqual(routeOrder);
      got[m.id] = Object.fromEntries(m.routes.map((r) => [r.id, describeRoute(r)]));
    }
    expect(got).toEqual(exp.members);
    for (const [where, conditions] of Object.entries(exp.conditions ?? {})) {
      const [who, routeId] = where.split(' ');
      const r = e.members.find((m) => m.id === who)!.routes.find((x) => x.id === routeId)!;
      const have = Object.fromEntries(Object.keys(conditions).map((id) => [id, r.conditions.find((c) => c.id === id) ? describeCondition(r.conditions.find((c) => c.id === id)!) : 'not listed']));
      expect(have, where).toEqual(conditions);
    }
    // every condition and reason shown has a German text
    for (const m of e.members) for (const r of m.routes) for (const c of r.conditions) {
      expect(german[`condition.${r.id}.${c.id}`], `condition.${r.id}.${c.id}`).toBeTruthy();
      if (c.reason) expect(german[`reason.${c.reason}`], `reason.${c.reason}`).toBeTruthy();
    }
  });

  it('young-adult-27: the day of the 27th birthday excludes 25a', () => {
    const r = evaluate(load('young-adult-27.json'), '2026-11-29').members[0].routes.find((x) => x.id === '25a')!;
    expect(r.result).toBe('excluded');
    expect(r.conditions.find((c) => c.id === 'age-max')).toMatchObject({ state: 'not-met', reason: 'age-27' });
  });

  it('leap-day: 28 Feb 2027 is the 27th birthday of a 29 Feb 2000 child', () => {
    const r = evaluate(load('leap-day.json'), '2027-02-28').members[0].routes.find((x) => x.id === '25a')!;
    expect(r.result).toBe('excluded');
  });

  it('single-mother: the 4 years are met on the anniversary, not the day before', () => {
    const h = load('single-mother.json');
    const on = (d: string) => evaluate(h, d).members[0].routes.find((x) => x.id === '25b')!;
    expect(on('2026-10-01').result).toBe('possible');
    expect(on('2026-09-30')).toMatchObject({ result: 'later', possibleFrom: '2026-10-01' });
  });
});
