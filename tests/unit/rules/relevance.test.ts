/** relevantFields: which questions still matter for a member, derived from the conditions' reads. */
import { describe, expect, it } from 'vitest';
import { relevantFields } from '../../../src/rules';
import { adult, household, withPatch, young } from './helpers';

const bare = (id: string, birthDate: string, role: 'parent' | 'child' | 'other') => ({ id, birthDate, role });

describe('relevantFields', () => {
  it('a young child is not asked about work, training or German, but about school', () => {
    const h = household([bare('mum', '1985-01-01', 'parent'), bare('kid', '2017-01-01', 'child')]);
    const f = relevantFields(h.members[1], h);
    for (const x of ['work.hoursPerWeek', 'work.since', 'work.permitted', 'training.state', 'german', 'livelihood', 'convictions']) expect(f).not.toContain(x);
    expect(f).toContain('school.attending'); // the parent's 25b and the child's 25b-family need it
  });

  it('a person of 27+ is not asked how many years of school (no route needs it)', () => {
    const h = household([bare('p', '1980-01-01', 'other')]);
    expect(relevantFields(h.members[0], h)).not.toContain('school.yearsAttended');
    const y = household([bare('y', '2006-01-01', 'other')]);
    expect(relevantFields(y.members[0], y)).toContain('school.yearsAttended');
  });

  it('livesWithMinorChild matters only while the stay is between 4 and 6 years', () => {
    const at = (entryDate: string) => { const h = household([withPatch(adult, { entryDate, livesWithMinorChild: undefined })]); return relevantFields(h.members[0], h); };
    expect(at('2022-01-01')).toContain('livesWithMinorChild');
    expect(at('2015-01-01')).not.toContain('livesWithMinorChild');
  });

  it('once an exclusion closes the work routes, their questions go', () => {
    const serb = (patch = {}) => { const h = household([withPatch(adult, { nationality: 'RS', asylumAppliedOn: '2016-01-01', ...patch })]); return relevantFields(h.members[0], h); };
    expect(serb()).not.toContain('work.hoursPerWeek');
    expect(serb()).not.toContain('passport');
    expect(serb({ nationality: 'SY' })).toContain('work.hoursPerWeek');
  });

  it('a training question opens the training routes\' follow-ups', () => {
    const at = (state: string) => { const h = household([withPatch(young, { training: { state, kind: undefined, startDate: undefined } })]); return relevantFields(h.members[0], h); };
    expect(at('none')).not.toContain('training.startDate');
    expect(at('none')).not.toContain('passport');
    expect(at('offer')).toContain('training.startDate');
    expect(at('offer')).toContain('passport');
  });

  it('only answer fields, in contract order; birthDate and role are structural', () => {
    const h = household([bare('p', '1980-01-01', 'parent')]);
    const f = relevantFields(h.members[0], h);
    expect(f).not.toContain('birthDate');
    expect(f).not.toContain('role');
    expect(f.indexOf('nationality')).toBeLessThan(f.indexOf('status'));
  });

  it('a member id that is not in the household has no relevant fields', () => {
    const h = household([bare('p', '1980-01-01', 'parent')]);
    expect(relevantFields({ id: 'ghost', birthDate: '1990-01-01' }, h)).toEqual([]);
  });
});
