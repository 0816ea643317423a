import { describe, it, expect } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { checkMachine, stateOf, type CheckEvent } from '../../../src/flows/check.machine';
import { questions, questionIds } from '../../../src/flows/questions';
import { resources, flatten } from '../../../src/i18n/resources';
import { locales } from '../../../src/i18n/languages';

const asOf = '2026-11-28';
const start = () => createActor(checkMachine, { input: { asOf } }).start();

const sample: Record<string, unknown> = {
  date: '2018-01-01', number: 3, country: 'SY',
};
const answerEvents: CheckEvent[] = [
  { type: 'ANSWER', value: undefined },
  ...questions.flatMap((q) => (q.kind === 'choice' ? q.options!.map((o) => ({ type: 'ANSWER' as const, value: o === 'yes' ? true : o === 'no' ? false : o })) : [{ type: 'ANSWER' as const, value: sample[q.kind] }])),
];

describe('check machine', () => {
  it('starts with the household and needs a member before the questions', () => {
    const a = start();
    expect(a.getSnapshot().value).toBe('members');
    a.send({ type: 'CONTINUE' });
    expect(a.getSnapshot().value).toBe('members');
    a.send({ type: 'ADD_MEMBER', member: { id: 'Amal', birthDate: '2008-05-01', role: 'child' } });
    a.send({ type: 'ADD_MEMBER', member: { id: 'Amal', birthDate: '2009-05-01', role: 'child' } });
    expect(a.getSnapshot().context.household.members).toHaveLength(1);
    a.send({ type: 'CONTINUE' });
    expect(a.getSnapshot().value).toBe(stateOf('nationality'));
  });

  it('asks a 10-year-old nothing about work, training or German', () => {
    const a = start();
    a.send({ type: 'ADD_MEMBER', member: { id: 'Kid', birthDate: '2016-05-01', role: 'child' } });
    a.send({ type: 'CONTINUE' });
    const asked: string[] = [];
    for (let i = 0; i < 40 && a.getSnapshot().value !== 'review'; i++) {
      asked.push(a.getSnapshot().context.current!.question);
      a.send({ type: 'ANSWER', value: undefined });
    }
    expect(a.getSnapshot().value).toBe('review');
    expect(asked).toContain('school.attending');
    for (const q of ['work.hoursPerWeek', 'training.state', 'german', 'livelihood']) expect(asked).not.toContain(q);
  });

  it('follow-up questions: no application date after "never applied"; changing an answer drops what no longer applies and keeps the rest', () => {
    const a = start();
    a.send({ type: 'ADD_MEMBER', member: { id: 'Ali', birthDate: '1990-05-01', role: 'parent' } });
    a.send({ type: 'CONTINUE' });
    const answer = (q: string, value: unknown) => {
      for (let i = 0; i < 40 && a.getSnapshot().context.current?.question !== q; i++) a.send({ type: 'ANSWER', value: undefined });
      a.send({ type: 'ANSWER', value });
    };
    answer('asylum', 'rejected');
    expect(a.getSnapshot().context.current?.question).toBe('asylumAppliedOn');
    a.send({ type: 'ANSWER', value: '2016-02-01' });
    a.send({ type: 'ANSWER', value: true }); // identityClarified
    while (a.getSnapshot().value !== 'review') a.send({ type: 'ANSWER', value: undefined });
    a.send({ type: 'EDIT', position: { member: 'Ali', question: 'asylum' } });
    a.send({ type: 'ANSWER', value: 'never' });
    const ali = a.getSnapshot().context.household.members[0];
    expect(ali.asylumAppliedOn).toBeUndefined();
    expect(ali.identityClarified).toBe(true);
    expect(a.getSnapshot().value).toBe('review');
  });

  it('back returns to the previous question with its answer kept', () => {
    const a = start();
    a.send({ type: 'ADD_MEMBER', member: { id: 'Ali', birthDate: '1990-05-01', role: 'parent' } });
    a.send({ type: 'CONTINUE' });
    a.send({ type: 'ANSWER', value: 'SY' });
    a.send({ type: 'BACK' });
    expect(a.getSnapshot().context.current?.question).toBe('nationality');
    expect(a.getSnapshot().context.household.members[0].nationality).toBe('SY');
  });
});

describe('check machine as a graph (xstate/graph)', () => {
  const paths = getShortestPaths(checkMachine, {
    input: { asOf },
    events: [
      { type: 'ADD_MEMBER', member: { id: 'Mother', birthDate: '1985-01-01', role: 'parent' } },
      { type: 'ADD_MEMBER', member: { id: 'Son', birthDate: '2010-01-01', role: 'child' } },
      { type: 'ADD_MEMBER', member: { id: 'Aunt', birthDate: '1970-01-01', role: 'other' } },
      { type: 'CONTINUE' }, { type: 'BACK' }, { type: 'CONFIRM' }, { type: 'EDIT_MEMBERS' },
      ...answerEvents,
    ] as CheckEvent[],
    // Abstract state: where we are, plus the answers that open follow-up questions (status, asylum, …).
    serializeState: (s: { value: unknown; context: { household: { members: Record<string, unknown>[] }; current: { member: string } | null } }) => {
      const m = s.context.household.members.find((x) => x.id === s.context.current?.member) ?? {};
      const gates = [m.status, m.asylum, m.identityClarified, (m.training as { state?: string } | undefined)?.state, (m.work as { hoursPerWeek?: number } | undefined)?.hoursPerWeek];
      return JSON.stringify([s.value, s.context.household.members.map((x) => x.id), s.context.current, gates]);
    },
  } as never);
  const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));

  it('reaches the result state', () => {
    expect(reached).toContain(JSON.stringify('result'));
  });
  it('reaches every question state', () => {
    const missing = questionIds.filter((q) => !reached.has(JSON.stringify(stateOf(q))));
    expect(missing).toEqual([]);
  });
  it('no non-final state is a dead end: from every reached state some event leads on', () => {
    for (const p of paths) {
      if (p.state.status === 'done') continue;
      const canMove = [...answerEvents, { type: 'CONTINUE' }, { type: 'CONFIRM' }, { type: 'BACK' }, { type: 'ADD_MEMBER', member: { id: 'X', birthDate: '2000-01-01', role: 'other' } }]
        .some((e) => p.state.can(e as CheckEvent));
      expect(canMove, JSON.stringify(p.state.value)).toBe(true);
    }
  });
  it('every question state has its strings in all 12 languages', () => {
    for (const lang of locales) {
      const flat = flatten(resources[lang].check);
      for (const q of questions) {
        for (const part of ['title', 'hint', 'where']) expect(flat[`q.${q.id}.${part}`], `${lang} q.${q.id}.${part}`).toBeTruthy();
        for (const o of q.options ?? []) expect(flat[`q.${q.id}.options.${o}`], `${lang} q.${q.id}.options.${o}`).toBeTruthy();
      }
    }
  });
});
