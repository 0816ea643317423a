/**
 * The family stories in tests/fixtures/households (see stories.md): every route's result for every member,
 * checked by hand against shared/legal/reference.md. Format per member: route=result[@possibleFrom][<applyBefore][^dependsOn].
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationSchema, householdSchema, routeOrder } from '../../../src/rules';

const dir = join(__dirname, '../../fixtures/households');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const expected: Record<string, Record<string, string>> = {
  'apprentice.json': {
    farid: '25a=possible<2034-07-07 25a-family=excluded 25b=missing 25b-family=excluded 25b-employment=missing 104c=excluded 16g=possible 60c=possible 60d=missing 19d=missing 25-5=unknown',
  },
  'asylum-pending.json': {
    mother: '25a=excluded 25a-family=missing<2029-01-01^son 25b=missing 25b-family=excluded 25b-employment=excluded 104c=excluded 16g=missing 60c=missing 60d=excluded 19d=missing 25-5=unknown',
    son: '25a=missing<2038-01-01 25a-family=excluded 25b=unknown 25b-family=missing<2029-01-01^mother 25b-employment=excluded 104c=excluded 16g=unknown 60c=unknown 60d=excluded 19d=unknown 25-5=unknown',
  },
  'deception.json': {
    karim: '25a=excluded 25a-family=excluded 25b=excluded 25b-family=excluded 25b-employment=excluded 104c=excluded 16g=missing 60c=missing 60d=excluded 19d=excluded 25-5=excluded',
  },
  'employment-toleration.json': {
    yonas: '25a=excluded 25a-family=excluded 25b=possible 25b-family=excluded 25b-employment=later@2027-03-01 104c=excluded 16g=missing 60c=missing 60d=possible 19d=missing 25-5=unknown',
  },
  'georgian-exempt.json': {
    giorgi: '25a=excluded 25a-family=excluded 25b=later@2028-05-10 25b-family=excluded 25b-employment=missing 104c=excluded 16g=missing 60c=missing 60d=possible 19d=missing 25-5=unknown',
  },
  'georgian-late.json': {
    nino: '25a=missing<2031-04-04 25a-family=excluded 25b=missing 25b-family=excluded 25b-employment=excluded 104c=excluded 16g=excluded 60c=excluded 60d=excluded 19d=missing 25-5=unknown',
  },
  'leap-day.json': {
    lina: '25a=possible<2027-02-28 25a-family=excluded 25b=possible 25b-family=excluded 25b-employment=missing 104c=excluded 16g=possible 60c=possible 60d=missing 19d=missing 25-5=unknown',
  },
  'permit-104c.json': {
    amina: '25a=excluded 25a-family=excluded 25b=missing 25b-family=excluded 25b-employment=missing 104c=missing<2027-03-15 16g=missing 60c=missing 60d=missing 19d=missing 25-5=unknown',
    kelechi: '25a=possible<2033-01-20 25a-family=excluded 25b=possible 25b-family=excluded 25b-employment=missing 104c=possible<2027-03-15 16g=missing 60c=missing 60d=missing 19d=missing 25-5=unknown',
  },
  'serbian-family.json': {
    mother: '25a=excluded 25a-family=missing<2028-05-01^son 25b=possible 25b-family=missing^father 25b-employment=excluded 104c=excluded 16g=excluded 60c=excluded 60d=excluded 19d=missing 25-5=unknown',
    father: '25a=excluded 25a-family=missing<2028-05-01^son 25b=missing 25b-family=possible^mother 25b-employment=excluded 104c=excluded 16g=excluded 60c=excluded 60d=excluded 19d=missing 25-5=unknown',
    son: '25a=possible<2037-05-01 25a-family=excluded 25b=unknown 25b-family=possible<2028-05-01^mother 25b-employment=excluded 104c=excluded 16g=excluded 60c=excluded 60d=excluded 19d=unknown 25-5=unknown',
    daughter: '25a=excluded 25a-family=missing<2028-05-01^son 25b=excluded 25b-family=possible<2035-04-12^mother 25b-employment=excluded 104c=excluded 16g=excluded 60c=excluded 60d=excluded 19d=excluded 25-5=unknown',
  },
  'single-mother.json': {
    maryam: '25a=excluded 25a-family=excluded 25b=possible 25b-family=excluded 25b-employment=missing 104c=excluded 16g=missing 60c=missing 60d=missing 19d=missing 25-5=unknown',
    sara: '25a=excluded 25a-family=excluded 25b=excluded 25b-family=possible<2036-05-20^maryam 25b-employment=excluded 104c=excluded 16g=excluded 60c=excluded 60d=excluded 19d=excluded 25-5=unknown',
  },
  'skilled-worker.json': {
    hawre: '25a=excluded 25a-family=excluded 25b=possible 25b-family=excluded 25b-employment=missing 104c=excluded 16g=missing 60c=missing 60d=possible 19d=possible 25-5=unknown',
  },
  'unclear-identity.json': {
    omar: '25a=excluded 25a-family=excluded 25b=missing 25b-family=excluded 25b-employment=missing 104c=excluded 16g=missing 60c=missing 60d=missing 19d=missing 25-5=unknown',
  },
  'unknowns.json': {
    father: '25a=excluded 25a-family=unknown<2029-06-06^teen 25b=unknown 25b-family=excluded 25b-employment=unknown 104c=unknown 16g=unknown 60c=unknown 60d=unknown 19d=unknown 25-5=unknown',
    girl: '25a=excluded 25a-family=unknown<2029-06-06^teen 25b=excluded 25b-family=unknown<2037-03-03^father 25b-employment=unknown 104c=unknown 16g=excluded 60c=excluded 60d=excluded 19d=excluded 25-5=unknown',
    teen: '25a=unknown<2038-06-06 25a-family=excluded 25b=unknown 25b-family=unknown<2029-06-06^father 25b-employment=unknown 104c=unknown 16g=unknown 60c=unknown 60d=unknown 19d=unknown 25-5=unknown',
  },
  'young-adult-27.json': {
    samir: '25a=possible<2026-11-29 25a-family=excluded 25b=missing 25b-family=excluded 25b-employment=missing 104c=excluded 16g=missing 60c=missing 60d=missing 19d=missing 25-5=unknown',
  },
};

const load = (f: string) => householdSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));

function summary(e: ReturnType<typeof evaluate>): Record<string, string> {
  return Object.fromEntries(e.members.map((m) => [m.id, m.routes.map((r) =>
    `${r.id}=${r.result}${r.possibleFrom ? `@${r.possibleFrom}` : ''}${r.applyBefore ? `<${r.applyBefore}` : ''}${r.dependsOn ? `^${r.dependsOn.member}` : ''}`).join(' ')]));
}

describe('household fixtures', () => {
  it('has at least 12 stories, each told in stories.md and expected here', () => {
    const stories = readFileSync(join(dir, 'stories.md'), 'utf8');
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) expect(stories, f).toContain(`\`${f}\``);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s: every route of every member as expected, output valid', (f) => {
    const e = evaluate(load(f));
    expect(evaluationSchema.safeParse(e).success).toBe(true);
    for (const m of e.members) expect(m.routes.map((r) => r.id)).toEqual(routeOrder);
    expect(summary(e)).toEqual(expected[f]);
  });

  it('young-adult-27: the day of the 27th birthday excludes 25a', () => {
    const h = load('young-adult-27.json');
    const r = evaluate(h, '2026-11-29').members[0].routes.find((x) => x.id === '25a')!;
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
