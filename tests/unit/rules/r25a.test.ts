/** § 25a Abs. 1 (young people): every condition met / not met / later / unknown, exclusions and date edges. */
import { describe, expect, it } from 'vitest';
import { adult, cond, single, state, young, withPatch, household, route } from './helpers';

const r = (patch: Parameters<typeof single>[1], asOf?: string) => single(young, patch, '25a', asOf);

describe('25a', () => {
  it('a tolerated 18-year-old with 6 years of school: possible, apply before the 27th birthday', () => {
    const out = r({});
    expect(out).toMatchObject({ result: 'possible', applyBefore: '2035-03-10', possibleFrom: null, dependsOn: null });
    expect(state(out, 'integration-forecast')).toBe('authority');
    expect(state(out, 'basic-order')).toBe('authority');
    expect(cond(out, 'stay-years')?.cite).toBe('§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG');
  });

  it.each([
    ['13, the day before the 14th birthday: later, never excluded', { birthDate: '2012-11-29' }, 'later', { 'age-min': 'met-later' }],
    ['14 on the day', { birthDate: '2012-11-28' }, 'possible', { 'age-min': 'met' }],
    ['the day before the 27th birthday', { birthDate: '1999-11-29' }, 'possible', { 'age-max': 'met' }],
    ['on the 27th birthday', { birthDate: '1999-11-28' }, 'excluded', { 'age-max': 'not-met' }],
  ])('age: %s', (_, patch, result, states) => {
    const out = r(patch);
    expect(out.result).toBe(result);
    for (const [id, s] of Object.entries(states)) expect(state(out, id)).toBe(s);
  });

  it('under 14: later from the latest of the 14th birthday and the waiting times, apply before the 27th birthday', () => {
    expect(r({ birthDate: '2015-01-01' })).toMatchObject({ result: 'later', possibleFrom: '2029-01-01', applyBefore: '2042-01-01' });
    expect(r({ birthDate: '2015-01-01', entryDate: '2026-06-01', statusSince: '2026-07-01' })).toMatchObject({ result: 'later', possibleFrom: '2029-06-01' });
    // every other condition must be met now, else missing / unknown
    expect(r({ birthDate: '2015-01-01', school: { yearsAttended: 1, qualification: 'none' } }).result).toBe('missing');
    expect(r({ birthDate: '2015-01-01', statusSince: undefined }).result).toBe('unknown');
    expect(state(r({ birthDate: '2015-01-01' }), 'no-serious-convictions')).toBeUndefined(); // not read under 14
  });

  it('from the 27th birthday excluded, unless a 25a application filed before it is pending (v1.1 applications)', () => {
    expect(r({ birthDate: '1999-11-28' }).result).toBe('excluded');
    const applied = r({ birthDate: '1999-11-28', applications: [{ route: '25a', appliedOn: '2026-11-27' }] });
    expect(applied).toMatchObject({ result: 'possible', applyBefore: null });
    expect(cond(applied, 'age-max')).toMatchObject({ state: 'met', reason: 'applied-in-time' });
    expect(r({ birthDate: '1999-11-28', applications: [{ route: '25a', appliedOn: '2026-11-28' }] }).result).toBe('excluded');
  });

  it.each([
    ['identity clarified', {}, 'possible', 'identity', 'met'],
    ['identity not clarified: the passport/identity step', { identityClarified: false }, 'missing', 'identity', 'not-met'],
    ['identity not answered', { identityClarified: undefined }, 'unknown', 'identity', 'unknown'],
    ['no passport: the authority weighs it', { passport: false }, 'possible', 'passport', 'authority'],
    ['passport not answered: the authority', { passport: undefined }, 'possible', 'passport', 'authority'],
  ])('identity and passport (§ 5 Abs. 1 Nr. 1a, 4): %s', (_, patch, result, id, s) => {
    const out = r(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('leap-day child (born 29 Feb 2000): the 27th birthday is 28 Feb 2027', () => {
    expect(r({ birthDate: '2000-02-29' }, '2027-02-27')).toMatchObject({ result: 'possible', applyBefore: '2027-02-28' });
    expect(r({ birthDate: '2000-02-29' }, '2027-02-28').result).toBe('excluded');
  });

  it.each([
    ['Duldung', { status: 'duldung' }, 'possible', 'met'],
    ['training toleration', { status: 'duldung-training' }, 'possible', 'met'],
    ['employment toleration', { status: 'duldung-employment' }, 'possible', 'met'],
    ['§ 104c permit', { status: 'permit-104c', permit104cUntil: '2027-03-01' }, 'possible', 'met'],
    ['§ 60b Duldung (passport duty first)', { status: 'duldung-unclear-identity' }, 'missing', 'not-met'],
    ['asylum procedure (no direct switch)', { status: 'asylum-pending' }, 'missing', 'not-met'],
    ['no paper', { status: 'none' }, 'missing', 'not-met'],
    ['unanswered', { status: undefined }, 'unknown', 'unknown'],
  ])('status: %s', (_, patch, result, s) => {
    const out = r(patch);
    expect(out.result).toBe(result);
    expect(state(out, 'status')).toBe(s);
  });

  it('§ 60b months do not count toward the 12 months of Duldung', () => {
    expect(cond(r({ status: 'duldung-unclear-identity' }), 'duldung-months')).toMatchObject({ state: 'not-met', reason: '60b-not-counted' });
  });

  it.each([
    ['12 months exactly on asOf', '2025-11-28', 'possible', 'met', null],
    ['12 months the day after asOf', '2025-11-29', 'later', 'met-later', '2026-11-29'],
    ['unanswered', undefined, 'unknown', 'unknown', null],
  ])('12 months with a Duldung: %s', (_, statusSince, result, s, from) => {
    const out = r({ statusSince });
    expect(out).toMatchObject({ result, possibleFrom: from });
    expect(state(out, 'duldung-months')).toBe(s);
  });

  it.each([
    ['3 years on the anniversary', { entryDate: '2023-11-28' }, 'possible', 'met', null],
    ['3 years the day after', { entryDate: '2023-11-29' }, 'later', 'met-later', '2026-11-29'],
    ['6 months of § 60b shift the date: met', { entryDate: '2023-05-28', unclearIdentityMonths: 6 }, 'possible', 'met', null],
    ['7 months of § 60b shift it past asOf', { entryDate: '2023-05-28', unclearIdentityMonths: 7 }, 'later', 'met-later', '2026-12-28'],
    ['§ 60b months unanswered', { unclearIdentityMonths: undefined }, 'unknown', 'unknown', null],
    ['entry unanswered', { entryDate: undefined }, 'unknown', 'unknown', null],
    ['§ 104c holder: from entry, § 60b months counting', { status: 'permit-104c', permit104cUntil: '2027-03-01', entryDate: '2023-06-01', unclearIdentityMonths: 30 }, 'possible', 'met', null],
    ['§ 104c holder, 3 years only after the permit ends: as a tolerated person from the day after', { status: 'permit-104c', permit104cUntil: '2027-03-01', entryDate: '2024-06-01', unclearIdentityMonths: 30 }, 'later', 'met-later', '2029-12-01'],
  ])('prior stay: %s', (_, patch, result, s, from) => {
    const out = r(patch);
    expect(out).toMatchObject({ result, possibleFrom: from });
    expect(state(out, 'stay-years')).toBe(s);
  });

  it('waiting times that end on or after the 27th birthday exclude (never in time)', () => {
    const late = r({ birthDate: '1999-12-15', entryDate: '2024-01-01' });
    expect(late.result).toBe('excluded');
    expect(cond(late, 'in-time')).toMatchObject({ state: 'not-met', reason: 'too-late' });
    expect(r({ birthDate: '1999-12-15', entryDate: '2023-12-01' })).toMatchObject({ result: 'later', possibleFrom: '2026-12-01', applyBefore: '2026-12-15' });
  });

  it.each([
    ['3 years', { yearsAttended: 3, qualification: 'none' }, 'met'],
    ['2 years but a school-leaving qualification', { yearsAttended: 2, qualification: 'school-leaving' }, 'met'],
    ['qualification without the years answered', { yearsAttended: undefined, qualification: 'school-leaving' }, 'met'],
    ['2 years, no qualification', { yearsAttended: 2, qualification: 'none' }, 'not-met'],
    ['2 years, qualification unanswered', { yearsAttended: 2, qualification: undefined }, 'unknown'],
    ['years unanswered, no qualification', { yearsAttended: undefined, qualification: 'none' }, 'unknown'],
  ])('school: %s', (_, school, s) => {
    const out = r({ school });
    expect(state(out, 'school')).toBe(s);
    expect(out.result).toBe({ met: 'possible', 'not-met': 'missing', unknown: 'unknown' }[s]);
  });

  it.each([
    ['identity deception', { identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
    ['deception unanswered', { identityDeception: undefined }, 'unknown', 'no-identity-deception', 'unknown'],
    ['serious conviction, sentence not answered', { convictions: 'serious' }, 'unknown', 'no-serious-convictions', 'unknown'],
    ['serious conviction, prison of 8 months: refusal as a rule (§ 5 Abs. 1 Nr. 2)', { convictions: 'serious', convictionSentence: { kind: 'prison', months: 8, suspended: true } }, 'excluded', 'no-serious-convictions', 'not-met'],
    ['serious conviction, a fine above 50 daily rates: the authority weighs it', { convictions: 'serious', convictionSentence: { kind: 'fine', months: 0, suspended: false } }, 'possible', 'no-serious-convictions', 'authority'],
    ['minor conviction: the authority weighs it in the forecast', { convictions: 'minor' }, 'possible', 'no-serious-convictions', 'authority'],
    ['convictions unanswered', { convictions: undefined }, 'unknown', 'no-serious-convictions', 'unknown'],
  ])('exclusions: %s', (_, patch, result, id, s) => {
    const out = r(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('an exclusion wins over an unknown answer; an unknown answer wins over a missing one', () => {
    expect(r({ identityDeception: true, statusSince: undefined }).result).toBe('excluded');
    expect(r({ statusSince: undefined, school: { yearsAttended: 1, qualification: 'none' } }).result).toBe('unknown');
  });

  it('benefits do not matter for 25a (no livelihood condition)', () => {
    expect(r({ livelihood: 'benefits' }).result).toBe('possible');
    expect(route(household([withPatch(adult, {})]), '25a').result).toBe('excluded');
  });
});
