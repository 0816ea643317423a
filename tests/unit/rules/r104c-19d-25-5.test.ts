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

  it('an adult holder who meets 25b: possible, apply before the permit ends', () => {
    expect(c(adult, {})).toMatchObject({ result: 'possible', applyBefore: '2027-03-15' });
  });

  it.each([
    ['livelihood partly own', { livelihood: 'partly-own' }, 'missing', 'livelihood', 'not-met'],
    ['A1', { german: 'A1' }, 'missing', 'german', 'not-met'],
    ['identity not clarified', { identityClarified: false }, 'missing', 'identity', 'not-met'],
    ['end date unanswered', { permit104cUntil: null }, 'unknown', 'permit-running', 'unknown'],
    ['last day of the permit', { permit104cUntil: '2026-11-28' }, 'possible', 'permit-running', 'met'],
    ['permit ended yesterday', { permit104cUntil: '2026-11-27' }, 'excluded', 'permit-running', 'not-met'],
    ['deception', { identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
  ])('adult holder: %s', (_, patch, result, id, s) => {
    const out = c(adult, patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('a young holder moves on via 25a: school, not livelihood; deadline is the earlier of permit end and 27th birthday', () => {
    const out = c(young, { birthDate: '2000-01-10', permit104cUntil: '2027-03-15' });
    expect(out).toMatchObject({ result: 'possible', applyBefore: '2027-01-10' });
    expect(state(out, 'school')).toBe('met');
    expect(state(out, 'livelihood')).toBeUndefined();
    expect(c(young, { school: { yearsAttended: 1, qualification: 'none' } }).result).toBe('missing');
  });

  it('a child holder: own school attendance', () => {
    const kid = c(young, { birthDate: '2015-01-01', school: { attending: false } });
    expect(cond(kid, 'school-attendance')).toMatchObject({ state: 'not-met', reason: 'not-at-school' });
  });

  it('while the permit runs, the prior stay of 25a/25b counts as met', () => {
    const out = single(adult, { ...holder, entryDate: '2022-01-01', unclearIdentityMonths: 48 }, '25b');
    expect(cond(out, 'stay-years')).toMatchObject({ state: 'met', reason: 'holds-104c' });
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
  it('never possible on its own: departure-impossible is always unknown (ask counselling)', () => {
    const out = single(adult, {}, '25-5');
    expect(out.result).toBe('unknown');
    expect(cond(out, 'departure-impossible')).toMatchObject({ state: 'unknown', reason: 'ask-counselling' });
  });
  it('identity deception excludes', () => {
    expect(single(adult, { identityDeception: true }, '25-5').result).toBe('excluded');
  });
  it('a § 60b Duldung shows the unmet passport duty', () => {
    expect(state(single(adult, { status: 'duldung-unclear-identity' }, '25-5'), 'passport-duty')).toBe('not-met');
  });
  it('applies to children too', () => {
    const h = household([adult, withPatch(young, { id: 'kid', birthDate: '2020-01-01' })]);
    expect(route(h, '25-5', 'kid').result).toBe('unknown');
  });
});
