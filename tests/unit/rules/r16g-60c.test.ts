/** § 16g (training permit) and § 60c (training toleration), incl. the § 60a Abs. 6 work bans. */
import { describe, expect, it } from 'vitest';
import { cond, single, state, young } from './helpers';

const trainee = { training: { state: 'contract', kind: 'qualified', startDate: '2027-03-01' } };
const t = (id: '16g' | '60c', patch: Parameters<typeof single>[1] = {}, asOf?: string) => single(young, { ...trainee, ...patch, training: { ...trainee.training, ...((patch.training as object) ?? {}) } }, id, asOf);

describe.each(['16g', '60c'] as const)('%s', (id) => {
  it('a tolerated young person with a contract for qualified training starting within 7 months: possible', () => {
    expect(t(id).result).toBe('possible');
    expect(state(t(id), 'no-removal-measures')).toBe('authority');
  });

  it.each([
    ['no training (stops at the training)', { training: { state: 'none' } }, 'missing', 'training', 'not-met'],
    ['training already completed (see 19d)', { training: { state: 'completed' } }, 'missing', 'training', 'not-met'],
    ['training unanswered', { training: { state: undefined } }, 'unknown', 'training', 'unknown'],
    ['already in training', { training: { state: 'in-training', startDate: '2025-09-01' } }, 'possible', 'training-start', 'met'],
    ['assistant training: ask counselling', { training: { kind: 'assistant' } }, 'unknown', 'training-kind', 'unknown'],
    ['start more than 7 months ahead', { training: { startDate: '2027-08-01' } }, 'later', 'training-start', 'met-later'],
    ['start date unanswered', { training: { startDate: null } }, 'unknown', 'training-start', 'unknown'],
    ['3 months of Duldung not yet', { statusSince: '2026-09-01' }, 'later', 'duldung-months', 'met-later'],
    ['3 months of Duldung on the day', { statusSince: '2026-08-28' }, 'possible', 'duldung-months', 'met'],
    ['§ 60b Duldung', { status: 'duldung-unclear-identity' }, 'missing', 'no-work-ban-60b', 'not-met'],
    ['asylum procedure, training not begun', { status: 'asylum-pending', asylum: 'pending' }, 'missing', 'status', 'not-met'],
    ['asylum procedure, training begun (continues after rejection)', { status: 'asylum-pending', asylum: 'pending', training: { state: 'in-training' } }, 'possible', 'status', 'met'],
    ['own deception (work ban Nr. 2)', { identityDeception: true }, 'missing', 'no-work-ban-own-fault', 'not-met'],
    ['serious conviction', { convictions: 'serious' }, 'excluded', 'no-serious-convictions', 'not-met'],
    ['entry 2019, identity clarified within 6 months', { identityClarifiedOn: '2019-11-01' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2019, identity clarified after 6 months', { identityClarifiedOn: '2019-11-02' }, 'missing', 'identity-in-time', 'not-met'],
    ['entry 2016, identity clarified by 30 June 2020', { entryDate: '2016-01-01', identityClarifiedOn: '2020-06-30' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2016, identity clarified 1 July 2020', { entryDate: '2016-01-01', identityClarifiedOn: '2020-07-01' }, 'missing', 'identity-in-time', 'not-met'],
    ['under 14', { birthDate: '2013-01-01' }, 'excluded', 'age-min', 'not-met'],
  ])('%s', (_, patch, result, cid, s) => {
    const out = t(id, patch);
    expect(out.result).toBe(result);
    expect(state(out, cid)).toBe(s);
  });

  it.each([
    ['Serbia, asylum rejected, applied after 31 Aug 2015', { nationality: 'RS' }, 'excluded', 'not-met'],
    ['Serbia, never applied for asylum', { nationality: 'RS', asylum: 'never', asylumAppliedOn: null }, 'excluded', 'not-met'],
    ['Serbia, application withdrawn', { nationality: 'RS', asylum: 'withdrawn' }, 'excluded', 'not-met'],
    ['Serbia, applied on 31 Aug 2015', { nationality: 'RS', entryDate: '2015-08-01', asylumAppliedOn: '2015-08-31' }, 'possible', 'met'],
    ['Serbia, asylum still pending (Nr. 3 needs a rejection)', { nationality: 'RS', asylum: 'pending', status: 'asylum-pending', training: { state: 'in-training' } }, 'possible', 'met'],
    ['Albania (EU candidate, on the list)', { nationality: 'AL' }, 'excluded', 'not-met'],
    ['France (EU state)', { nationality: 'FR' }, 'excluded', 'not-met'],
    ['Georgia, entered 30 Aug 2023: exempt', { nationality: 'GE', entryDate: '2023-08-30', statusSince: '2024-02-01', asylumAppliedOn: '2023-09-01', identityClarifiedOn: '2023-09-01' }, 'possible', 'met'],
    ['Georgia, entered 31 Aug 2023: caught', { nationality: 'GE', entryDate: '2023-08-31', asylumAppliedOn: '2023-09-01' }, 'excluded', 'not-met'],
    ['Moldova, entered 2019: exempt', { nationality: 'MD' }, 'possible', 'met'],
    ['Georgia, entry unanswered', { nationality: 'GE', entryDate: undefined }, 'unknown', 'unknown'],
    ['Serbia, asylum unanswered', { nationality: 'RS', asylum: undefined }, 'unknown', 'unknown'],
    ['Serbia, application date unanswered', { nationality: 'RS', asylumAppliedOn: null }, 'unknown', 'unknown'],
    ['nationality unanswered', { nationality: undefined }, 'unknown', 'unknown'],
    ['Syria (not a safe country)', { nationality: 'SY', asylum: 'never' }, 'possible', 'met'],
  ])('safe-country work ban (§ 60a Abs. 6 Satz 1 Nr. 3): %s', (_, patch, result, s) => {
    const out = t(id, patch);
    expect(state(out, 'no-work-ban-safe-country')).toBe(s);
    expect(out.result).toBe(result);
    if (s === 'not-met') expect(cond(out, 'no-work-ban-safe-country')).toMatchObject({ cite: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG', reason: 'safe-country-ban' });
  });
});

describe('16g only', () => {
  it('needs a passport', () => {
    expect(state(t('16g', { passport: false }), 'passport')).toBe('not-met');
    expect(t('16g', { passport: false }).result).toBe('missing');
    expect(t('60c', { passport: false }).result).toBe('possible');
  });
  it('livelihood at BAföG level is for the authority', () => {
    expect(state(t('16g'), 'livelihood')).toBe('authority');
  });
});
