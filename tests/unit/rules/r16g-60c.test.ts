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
    ['assistant training, follow-on place not answered: ask counselling', { training: { kind: 'assistant' } }, 'unknown', 'training-kind', 'unknown'],
    ['assistant training with a confirmed follow-on place (v1.1)', { training: { kind: 'assistant', followOnPromise: true } }, 'possible', 'training-kind', 'met'],
    ['assistant training without a follow-on place (v1.1)', { training: { kind: 'assistant', followOnPromise: false } }, 'missing', 'training-kind', 'not-met'],
    ['start more than 7 months ahead', { training: { startDate: '2027-08-01' } }, 'later', 'training-start', 'met-later'],
    ['start date unanswered', { training: { startDate: null } }, 'unknown', 'training-start', 'unknown'],
    ['3 months of Duldung not yet', { statusSince: '2026-09-01' }, 'later', 'duldung-months', 'met-later'],
    ['3 months of Duldung on the day', { statusSince: '2026-08-28' }, 'possible', 'duldung-months', 'met'],
    ['duldungSince (v1.1) counts from the first Duldung day, less § 60b months', { statusSince: '2026-10-01', duldungSince: '2026-06-28', unclearIdentityMonths: 2 }, 'possible', 'duldung-months', 'met'],
    ['duldungSince with one § 60b month too many', { statusSince: '2026-10-01', duldungSince: '2026-06-28', unclearIdentityMonths: 3 }, 'later', 'duldung-months', 'met-later'],
    ['§ 60b Duldung', { status: 'duldung-unclear-identity' }, 'missing', 'no-work-ban-60b', 'not-met'],
    ['asylum procedure, training not begun', { status: 'asylum-pending', asylum: 'pending' }, 'missing', 'status', 'not-met'],
    ['asylum procedure, training begun (continues after rejection)', { status: 'asylum-pending', asylum: 'pending', training: { state: 'in-training' } }, 'possible', 'status', 'met'],
    ['own deception: work ban (§ 60a Abs. 6 Satz 1 Nr. 2) excludes', { identityDeception: true }, 'excluded', 'no-work-ban-own-fault', 'not-met'],
    ['serious conviction', { convictions: 'serious' }, 'excluded', 'no-serious-convictions', 'not-met'],
    ['entry 2019, identity clarified within 6 months', { identityClarifiedOn: '2019-11-01' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2019, clarified by 30 June 2020 (entry 2017–2019: at the latest 30.06.2020)', { identityClarifiedOn: '2020-06-30' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2019, clarified 1 July 2020, efforts not answered', { identityClarifiedOn: '2020-07-01' }, 'unknown', 'identity-in-time', 'unknown'],
    ['entry 2019, clarified late, all steps in time (v1.1)', { identityClarifiedOn: '2020-07-01', identityEfforts: 'in-time' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2019, clarified late, steps late (v1.1): the authority', { identityClarifiedOn: '2020-07-01', identityEfforts: 'late' }, 'possible', 'identity-in-time', 'authority'],
    ['entry 2019, clarified late, no steps (v1.1)', { identityClarifiedOn: '2020-07-01', identityEfforts: 'none' }, 'missing', 'identity-in-time', 'not-met'],
    ['entry 2016: clarified by the application (any date before it)', { entryDate: '2016-01-01', identityClarifiedOn: '2024-07-01' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2021: within 6 months of entry', { entryDate: '2021-01-10', statusSince: '2022-01-01', identityClarifiedOn: '2021-07-10' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2021: one day after the 6 months, no steps', { entryDate: '2021-01-10', statusSince: '2022-01-01', identityClarifiedOn: '2021-07-11', identityEfforts: 'none' }, 'missing', 'identity-in-time', 'not-met'],
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
    ['stateless (v1.1): the ground does not apply', { nationality: 'stateless', asylum: 'never' }, 'possible', 'met'],
    ['nationality unclear (v1.1): cannot be judged', { nationality: 'unclear' }, 'unknown', 'unknown'],
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
  it('livelihood at BAföG level: own → met, otherwise the authority calculates it', () => {
    expect(state(t('16g'), 'livelihood')).toBe('authority');
    expect(state(t('16g', { livelihood: 'own' }), 'livelihood')).toBe('met');
    expect(state(t('16g', { livelihood: undefined }), 'livelihood')).toBe('authority');
  });
});

describe.each(['16g', '60c'] as const)('%s: the EU list (legal reference, Safe countries: EU list)', (id) => {
  it.each([['TR', true], ['MA', true], ['IN', true], ['XK', false], ['RS', false], ['SY', false], ['stateless', false]])('%s: note shown %s, result unchanged', (nationality, shown) => {
    const out = t(id, { nationality, asylum: 'rejected' });
    expect(cond(out, 'eu-safe-country-list')?.state).toBe(shown ? 'authority' : undefined);
    if (shown) expect(out.result).toBe(t(id, { nationality: 'SY' }).result);
  });
  it('not before the EU list applies (12 June 2026)', () => {
    expect(cond(t(id, { nationality: 'TR' }, '2026-06-11'), 'eu-safe-country-list')).toBeUndefined();
    expect(cond(t(id, { nationality: 'TR' }, '2026-06-12'), 'eu-safe-country-list')).toMatchObject({ state: 'authority', reason: 'eu-list-work-ban' });
  });
});
