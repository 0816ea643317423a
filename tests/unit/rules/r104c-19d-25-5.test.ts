/** § 104c (holders moving on before the permit ends), § 19d (qualified tolerated) and § 25 Abs. 5. */
import { describe, expect, it } from 'vitest';
import { adult, cond, household, route, single, state, withPatch, young } from './helpers';

describe('104c', () => {
  const holder = { status: 'permit-104c', statusSince: '2025-09-16', permit104cUntil: '2027-03-15' };
  const c = (base: typeof adult, patch: Parameters<typeof single>[1], asOf?: string) => single(base, { ...holder, ...patch }, '104c', asOf);

  it('no new § 104c permits: excluded for everyone without one', () => {
    const out = single(adult, {}, '104c');
    expect(out.result).toBe('excluded');
    expect(out.conditions).toEqual([{ id: 'holds-104c', state: 'not-met', cite: '§ 104c Abs. 1 AufenthG', reason: 'no-new-104c' }]);
    expect(single(adult, { status: undefined }, '104c').result).toBe('unknown');
  });

  it('an adult holder who meets 25b: possible via 25b, apply before the permit ends', () => {
    const out = c(adult, {});
    expect(out).toMatchObject({ result: 'possible', applyBefore: '2027-03-15', dependsOn: { member: 'p', route: '25b' } });
    expect(cond(out, 'next-route')).toMatchObject({ state: 'met', reason: 'via-25b' });
  });

  it.each([
    ['livelihood partly own (25b missing)', { livelihood: 'partly-own' }, 'missing', 'next-route', 'not-met'],
    ['A1 (25b missing)', { german: 'A1' }, 'missing', 'next-route', 'not-met'],
    ['identity not clarified, no efforts answered (holder rule: not met)', { identityClarified: false }, 'missing', 'next-route', 'not-met'],
    ['identity not clarified, all reasonable steps in time (holder rule: the authority)', { identityClarified: false, identityEfforts: 'in-time' }, 'possible', 'next-route', 'met'],
    ['end date unanswered', { permit104cUntil: null }, 'unknown', 'permit-running', 'unknown'],
    ['last day of the permit', { permit104cUntil: '2026-11-28' }, 'possible', 'permit-running', 'met'],
    ['permit ended yesterday: no extension', { permit104cUntil: '2026-11-27' }, 'excluded', 'permit-running', 'not-met'],
    ['deception: no way on', { identityDeception: true }, 'excluded', 'next-route-open', 'not-met'],
  ])('adult holder: %s', (_, patch, result, id, s) => {
    const out = c(adult, patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('permit ended, but a 25b application filed before its end is pending (§ 81 Abs. 4): that route\'s result, no applyBefore', () => {
    const out = c(adult, { permit104cUntil: '2026-11-27', applications: [{ route: '25b', appliedOn: '2026-10-01' }] });
    expect(out).toMatchObject({ result: 'possible', applyBefore: null, dependsOn: { member: 'p', route: '25b' } });
    expect(cond(out, 'permit-running')).toMatchObject({ state: 'met', reason: 'application-pending' });
    expect(cond(single(adult, { ...holder, permit104cUntil: '2026-11-27', applications: [{ route: '25b', appliedOn: '2026-10-01' }] }, '25b'), 'status')).toMatchObject({ state: 'met', reason: 'application-pending' });
    expect(c(adult, { permit104cUntil: '2026-11-27', applications: [{ route: '25b', appliedOn: '2026-11-28' }] }).result).toBe('excluded');
  });

  it('a permit ending after 30 June 2027: apply by 30 June 2027 (applyBefore 2027-07-01)', () => {
    expect(c(adult, { permit104cUntil: '2027-09-30' })).toMatchObject({ result: 'possible', applyBefore: '2027-07-01' });
    expect(c(adult, { permit104cUntil: '2027-05-31' })).toMatchObject({ applyBefore: '2027-05-31' });
  });

  it('from 1 July 2027 the holder rules have ended, save an application filed by 30 June 2027', () => {
    const late = c(adult, { permit104cUntil: '2027-09-30' }, '2027-07-01');
    expect(late.result).toBe('excluded');
    expect(cond(late, 'holder-rules')).toMatchObject({ state: 'not-met', reason: 'holder-rules-ended' });
    expect(cond(single(adult, { ...holder, permit104cUntil: '2027-09-30' }, '25b', '2027-07-01'), 'status')).toMatchObject({ state: 'not-met', reason: 'holder-rules-ended' });
    const applied = c(adult, { permit104cUntil: '2027-09-30', applications: [{ route: '25b', appliedOn: '2027-06-30' }] }, '2027-07-01');
    expect(applied).toMatchObject({ result: 'possible', applyBefore: null });
  });

  it('a holder with 2 years\' stay: the years are counted from entry, not met by the permit; reached only after the last day, so 104c is excluded and 25b is later as for a tolerated person', () => {
    const h = household([withPatch(adult, { ...holder, entryDate: '2024-11-01' })]);
    const r104c = route(h, '104c');
    expect(r104c.result).toBe('excluded');
    expect(cond(r104c, 'next-route-open')).toMatchObject({ state: 'not-met', reason: 'holder-rules-end-first' });
    expect(route(h, '25b')).toMatchObject({ result: 'later', possibleFrom: '2030-11-01' });
    expect(cond(route(h, '25b'), 'stay-years')).toMatchObject({ state: 'met-later', metOn: '2030-11-01', reason: 'after-104c' });
  });

  it('a young holder moves on via 25a: the 12 months are waived; 25a keeps its own deadline, 104c the holder deadline', () => {
    const out = c(young, { birthDate: '2000-01-10', statusSince: '2026-06-01', permit104cUntil: '2027-03-15' });
    expect(out).toMatchObject({ result: 'possible', applyBefore: '2027-03-15', dependsOn: { member: 'y', route: '25a' } });
    const a = single(young, { ...holder, birthDate: '2000-01-10', statusSince: '2026-06-01' }, '25a');
    expect(a).toMatchObject({ result: 'possible', applyBefore: '2027-01-10' });
    expect(cond(a, 'duldung-months')).toMatchObject({ state: 'met', reason: 'holds-104c' });
  });

  it('a child holder of 10: 25a only from the 14th birthday, after the holder rules end: 104c excluded, 25a later as for a tolerated person', () => {
    const kid = c(young, { birthDate: '2016-01-01', school: { attending: true, yearsAttended: 4, qualification: 'none' } });
    expect(kid.result).toBe('excluded');
    const a = single(young, { ...holder, birthDate: '2016-01-01', school: { attending: true, yearsAttended: 4, qualification: 'none' } }, '25a');
    expect(a).toMatchObject({ result: 'later', possibleFrom: '2030-01-01' });
    expect(cond(a, 'duldung-months')).toMatchObject({ state: 'met-later', metOn: '2028-03-16', reason: 'after-104c' });
  });

  it('prior stay of a holder: counted from entry with the § 60b months counting (not subtracted)', () => {
    const counted = single(adult, { ...holder, entryDate: '2019-01-01', unclearIdentityMonths: 48 }, '25b');
    expect(cond(counted, 'stay-years')).toMatchObject({ state: 'met', reason: 'holds-104c' });
    const tolerated = single(adult, { entryDate: '2019-01-01', unclearIdentityMonths: 48 }, '25b');
    expect(cond(tolerated, 'stay-years')).toMatchObject({ state: 'met-later', metOn: '2029-01-01' });
  });
});

describe('19d', () => {
  const done = { training: { state: 'completed', kind: 'qualified' }, german: 'B1' };
  const d = (patch: Parameters<typeof single>[1]) => single(young, { ...done, ...patch }, '19d');

  it('completed qualified training, B1: possible (housing and job for the authority)', () => {
    const out = d({});
    expect(out.result).toBe('possible');
    expect(state(out, 'housing')).toBe('authority');
    expect(state(out, 'matching-job')).toBe('authority');
  });

  it.each([
    ['A2 only', { german: 'A2' }, 'missing', 'german', 'not-met'],
    ['still in training (stops at the qualification)', { training: { state: 'in-training', kind: 'qualified' } }, 'missing', 'qualification', 'not-met'],
    ['completed an assistant training', { training: { state: 'completed', kind: 'assistant' } }, 'missing', 'qualification', 'not-met'],
    ['kind unanswered', { training: { state: 'completed', kind: undefined } }, 'unknown', 'qualification', 'unknown'],
    ['deception', { identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
    ['serious conviction', { convictions: 'serious' }, 'excluded', 'no-serious-convictions', 'not-met'],
    ['§ 60b Duldung', { status: 'duldung-unclear-identity' }, 'missing', 'status', 'not-met'],
  ])('%s', (_, patch, result, id, s) => {
    const out = d(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });
});

describe('25-5', () => {
  it('departure impossible not answered: unknown (ask counselling)', () => {
    const out = single(adult, {}, '25-5');
    expect(out.result).toBe('unknown');
    expect(cond(out, 'departure-impossible')).toMatchObject({ state: 'unknown', reason: 'ask-counselling' });
  });
  it.each([
    ['confirmed impossible (v1.1)', { departureImpossible: true }, 'possible', 'departure-impossible', 'met'],
    ['departure is possible (v1.1)', { departureImpossible: false }, 'excluded', 'departure-impossible', 'not-met'],
    ['identity deception (Satz 3, 4)', { departureImpossible: true, identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
    ['a § 60b Duldung: the passport duty not met (Satz 4)', { departureImpossible: true, status: 'duldung-unclear-identity' }, 'excluded', 'passport-duty', 'not-met'],
    ['a minor conviction: the authority weighs it', { departureImpossible: true, convictions: 'minor' }, 'possible', 'no-serious-convictions', 'authority'],
    ['serious, sentence not answered', { departureImpossible: true, convictions: 'serious' }, 'unknown', 'no-serious-convictions', 'unknown'],
    ['serious, prison of 6 months: refusal as a rule', { departureImpossible: true, convictions: 'serious', convictionSentence: { kind: 'prison', months: 6, suspended: true } }, 'excluded', 'no-serious-convictions', 'not-met'],
  ])('%s', (_, patch, result, id, s) => {
    const out = single(adult, patch, '25-5');
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });
  it('"soll" after 18 months of suspended removal, else "kann"', () => {
    expect(cond(single(adult, {}, '25-5'), 'discretion')?.reason).toBe('decision-soll-18-months');
    expect(cond(single(adult, { statusSince: '2025-06-01' }, '25-5'), 'discretion')?.reason).toBe('decision-kann');
  });
  it('applies to children too', () => {
    const h = household([adult, withPatch(young, { id: 'kid', birthDate: '2020-01-01' })]);
    expect(route(h, '25-5', 'kid').result).toBe('unknown');
  });
});
