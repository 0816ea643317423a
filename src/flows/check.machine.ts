/**
 * The check as a state machine: the household list, one state per question, the review, the result.
 * It decides only which screen comes next; `next.ts` asks `src/rules` what is relevant.
 */
import { assign, assertEvent, setup } from 'xstate';
import { isValidAnswer, questionById, questionIds, setAnswer, type QuestionId } from './questions';
import { askedKey, keyMember, nextPosition, pruneInapplicable, type Position, type Progress } from './next';
import type { Member } from '../rules/schema';
import { sameName } from '../storage/gate/names';

export interface CheckContext extends Progress {
  current: Position | null;
  /** Positions answered on the way here, for the back link. */
  history: Position[];
  mode: 'flow' | 'edit';
}

export type CheckInput = Partial<Pick<CheckContext, 'household' | 'asked' | 'current' | 'history'>> & { asOf: string };

/** A person added on the family list: a generated id (newMemberId) and the name as typed (already checked). */
export type NewMember = Required<Pick<Member, 'id' | 'name' | 'birthDate' | 'role'>>;

export type CheckEvent =
  | { type: 'ADD_MEMBER'; member: NewMember }
  | { type: 'REMOVE_MEMBER'; id: string }
  /** A new name for the same person: the id, and with it every answer, stays. */
  | { type: 'RENAME_MEMBER'; id: string; name: string }
  | { type: 'CONTINUE' }
  /** `value` undefined = "I don't know". */
  | { type: 'ANSWER'; value: unknown }
  | { type: 'BACK' }
  | { type: 'EDIT'; position: Position }
  | { type: 'EDIT_MEMBERS' }
  | { type: 'CONFIRM' };

function withAnswer(ctx: CheckContext, value: unknown): CheckContext {
  const at = ctx.current!;
  const members = ctx.household.members.map((m) => (m.id === at.member ? setAnswer(m, at.question, value) : m));
  const key = askedKey(at.member, at.question);
  const asked = ctx.asked.includes(key) ? ctx.asked : [...ctx.asked, key];
  const pruned = pruneInapplicable({ ...ctx, household: { ...ctx.household, members }, asked });
  return { ...ctx, ...pruned };
}

/** State names cannot contain dots (XState reads them as paths): 'work.since' → 'q_work_since'. */
export const stateOf = (id: QuestionId) => `q_${id.replace('.', '_')}`;

const questionStates = Object.fromEntries(
  questionIds.map((id) => [
    stateOf(id),
    {
      on: {
        ANSWER: { guard: 'fitsQuestion', target: 'route', actions: 'answer' },
        BACK: [{ guard: 'hasHistory', target: 'route', actions: 'back' }, { target: 'members' }],
      },
    },
  ]),
) as Record<string, object>;

/** The member without links to `gone` (spouse, parents). */
function unlink(m: Member, gone: string): Member {
  if (m.spouseId !== gone && !m.parentIds?.includes(gone)) return m;
  const out = { ...m };
  if (out.spouseId === gone) delete out.spouseId;
  if (out.parentIds) out.parentIds = out.parentIds.filter((p) => p !== gone);
  return out;
}

export const checkMachine = setup({
  types: {
    context: {} as CheckContext,
    events: {} as CheckEvent,
    input: {} as CheckInput,
  },
  guards: {
    isAt: ({ context }, params: { question: QuestionId }) => context.current?.question === params.question,
    hasMembers: ({ context }) => context.household.members.length > 0,
    fitsQuestion: ({ context, event }) => {
      if (event.type !== 'ANSWER' || !context.current) return false;
      const member = context.household.members.find((m) => m.id === context.current!.member);
      return isValidAnswer(context.current.question, event.value, { today: context.asOf, birthDate: member?.birthDate });
    },
    hasHistory: ({ context }) => context.history.length > 0,
    isNewPerson: ({ context, event }) =>
      event.type === 'ADD_MEMBER' && !context.household.members.some((m) => m.id === event.member.id || sameName(m.name ?? m.id, event.member.name)),
    nameIsFree: ({ context, event }) =>
      event.type === 'RENAME_MEMBER' && context.household.members.some((m) => m.id === event.id) &&
      !context.household.members.some((m) => m.id !== event.id && sameName(m.name ?? m.id, event.name)),
  },
  actions: {
    addMember: assign(({ context, event }) => {
      assertEvent(event, 'ADD_MEMBER');
      return { household: { ...context.household, members: [...context.household.members, { ...event.member }] } };
    }),
    removeMember: assign(({ context, event }) => {
      assertEvent(event, 'REMOVE_MEMBER');
      // links to the removed person go with them (the schema refuses links to nobody)
      const members = context.household.members.filter((m) => m.id !== event.id).map((m) => unlink(m, event.id));
      return {
        household: { ...context.household, members },
        asked: context.asked.filter((k) => keyMember(k) !== event.id),
        history: context.history.filter((h) => h.member !== event.id),
      };
    }),
    renameMember: assign(({ context, event }) => {
      assertEvent(event, 'RENAME_MEMBER');
      return { household: { ...context.household, members: context.household.members.map((m) => (m.id === event.id ? { ...m, name: event.name } : m)) } };
    }),
    start: assign(({ context }) => ({ current: nextPosition(context, null), mode: 'flow' as const })),
    answer: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER');
      const at = context.current!;
      const next = withAnswer(context, event.value);
      const from = context.mode === 'edit' ? null : at;
      return { ...next, history: [...context.history, at], current: nextPosition(next, from) };
    }),
    back: assign(({ context }) => ({ current: context.history.at(-1)!, history: context.history.slice(0, -1) })),
    edit: assign(({ event }) => {
      assertEvent(event, 'EDIT');
      return { current: event.position, mode: 'edit' as const, history: [] as Position[] };
    }),
  },
}).createMachine({
  id: 'check',
  context: ({ input }) => ({
    household: input.household ?? { version: 1, members: [] },
    asked: input.asked ?? [],
    current: input.current ?? null,
    history: input.history ?? [],
    mode: 'flow',
    asOf: input.asOf,
  }),
  initial: 'resume',
  states: {
    /** Entry: a fresh start asks for the household; saved answers resume where they stopped. */
    resume: {
      always: [
        { guard: ({ context }) => context.household.members.length === 0, target: 'members' },
        { guard: ({ context }) => context.current !== null, target: 'route' },
        { target: 'route', actions: 'start' },
      ],
    },
    members: {
      on: {
        ADD_MEMBER: { guard: 'isNewPerson', actions: 'addMember' },
        REMOVE_MEMBER: { actions: 'removeMember' },
        RENAME_MEMBER: { guard: 'nameIsFree', actions: 'renameMember' },
        CONTINUE: { guard: 'hasMembers', target: 'route', actions: 'start' },
      },
    },
    route: {
      always: [
        ...questionIds.map((id) => ({ guard: { type: 'isAt' as const, params: { question: id } }, target: stateOf(id) })),
        { target: 'review' },
      ],
    },
    ...questionStates,
    review: {
      on: {
        EDIT: { target: 'route', actions: 'edit' },
        EDIT_MEMBERS: 'members',
        CONFIRM: 'result',
        BACK: [{ guard: 'hasHistory', target: 'route', actions: 'back' }, { target: 'members' }],
      },
    },
    result: { type: 'final' },
  },
});

export { questionById };
