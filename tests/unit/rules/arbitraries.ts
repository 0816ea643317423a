/** fast-check arbitraries for schema-valid households (contract v1) and single answer values. */
import fc from 'fast-check';
import type { AnswerField, Household, Member } from '../../../src/rules';
import { householdSchema } from '../../../src/rules/schema';
import { facts, groups } from '../../../src/rules/facts';

const day = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export const isoDay = day('1950-01-01', '2032-12-31');
/** Dates near the rules' edges, so that waiting times and deadlines are often just met or just not. */
const recent = day('2012-01-01', '2029-12-31');
const anyDate = fc.oneof(recent, isoDay);

export const fieldValues: Record<AnswerField, fc.Arbitrary<unknown>> = {
  nationality: fc.constantFrom('RS', 'AL', 'GE', 'MD', 'SY', 'AF', 'IQ', 'FR', 'NG', 'XK', 'TR', 'MA', 'stateless', 'unclear'),
  entryDate: anyDate,
  status: fc.constantFrom('asylum-pending', 'duldung', 'duldung-unclear-identity', 'duldung-training', 'duldung-employment', 'permit-104c', 'permit-other', 'none'),
  statusSince: anyDate,
  duldungSince: anyDate,
  permit104cUntil: fc.option(recent, { nil: null }),
  unclearIdentityMonths: fc.integer({ min: 0, max: 80 }),
  asylum: fc.constantFrom('never', 'pending', 'rejected', 'rejected-manifestly-unfounded', 'withdrawn'),
  asylumAppliedOn: fc.option(anyDate, { nil: null }),
  identityClarified: fc.boolean(),
  identityClarifiedOn: fc.option(anyDate, { nil: null }),
  identityEfforts: fc.constantFrom(...facts.identityEfforts.values),
  passport: fc.boolean(),
  identityDeception: fc.boolean(),
  'school.attending': fc.boolean(),
  'school.yearsAttended': fc.integer({ min: 0, max: 12 }),
  'school.qualification': fc.constantFrom('none', 'school-leaving'),
  'training.state': fc.constantFrom('none', 'offer', 'contract', 'in-training', 'completed'),
  'training.kind': fc.constantFrom('qualified', 'assistant'),
  'training.startDate': fc.option(recent, { nil: null }),
  'training.followOnPromise': fc.boolean(),
  'work.hoursPerWeek': fc.constantFrom(0, 10, 19, 20, 30, 40),
  'work.since': fc.option(anyDate, { nil: null }),
  'work.permitted': fc.boolean(),
  livelihood: fc.constantFrom('own', 'mostly-own', 'partly-own', 'benefits'),
  german: fc.constantFrom(...facts.german.values),
  germanWritten: fc.constantFrom(...facts.germanWritten.values),
  convictions: fc.constantFrom(...facts.convictions.values),
  'convictionSentence.kind': fc.constantFrom(...facts['convictionSentence.kind'].values),
  'convictionSentence.months': fc.constantFrom(0, 3, 5, 6, 11, 12, 18, 23, 24, 36),
  'convictionSentence.suspended': fc.boolean(),
  'integrationCourse.possible': fc.boolean(),
  'integrationCourse.obliged': fc.boolean(),
  'integrationCourse.completed': fc.boolean(),
  departureImpossible: fc.boolean(),
  livesWithMinorChild: fc.boolean(),
};

/** Sets (or with undefined, deletes) a dotted field of a member; returns a copy. */
export function setField(m: Member, field: AnswerField, value: unknown): Member {
  const [head, tail] = field.split('.');
  const out: Record<string, unknown> = { ...m };
  if (tail) {
    const group: Record<string, unknown> = { ...((out[head] as object) ?? {}) };
    if (value === undefined) delete group[tail];
    else group[tail] = value;
    out[head] = group;
  } else if (value === undefined) delete out[head];
  else out[head] = value;
  return out as Member;
}

const flat = (Object.keys(fieldValues) as AnswerField[]).filter((f) => !f.includes('.'));
const group = (prefix: string) => {
  const keys = (Object.keys(fieldValues) as AnswerField[]).filter((f) => f.startsWith(`${prefix}.`));
  return fc.record(Object.fromEntries(keys.map((k) => [k.split('.')[1], fieldValues[k]])), { requiredKeys: [] });
};

const memberBody = fc.record({
  birthDate: day('1955-01-01', '2024-12-31'),
  role: fc.constantFrom('parent', 'child', 'other'),
  ...Object.fromEntries(flat.map((f) => [f, fieldValues[f]])),
  ...Object.fromEntries(groups.map((g) => [g, group(g)])),
}, { requiredKeys: ['birthDate'] });

/** A schema-valid household of 1–5 members, asOf 2024–2030 (birth dates not after it). */
export const householdArb: fc.Arbitrary<Household> = fc
  .record({ asOf: day('2024-01-01', '2030-12-31'), members: fc.array(memberBody, { minLength: 1, maxLength: 5 }) })
  .map(({ asOf, members }) => householdSchema.parse({
    version: 1, asOf,
    members: members.map((m, i) => ({ ...m, id: `m${i}`, birthDate: m.birthDate > asOf ? asOf : m.birthDate })),
  }));

export const answerFieldArb = fc.constantFrom(...(Object.keys(fieldValues) as AnswerField[]));

/** The optional v1.1 answer fields (household-v1.md, "Optional additions (v1.1)"). */
export const v11Fields: AnswerField[] = ['duldungSince', 'identityEfforts', 'training.followOnPromise', 'germanWritten', 'convictionSentence.kind', 'convictionSentence.months', 'convictionSentence.suspended', 'integrationCourse.possible', 'integrationCourse.obliged', 'integrationCourse.completed', 'departureImpossible'];

const applicationArb = fc.record({ route: fc.constantFrom('25a', '25b', '25a-family', '25b-family'), appliedOn: recent });

/**
 * Households with the v1.1 links and applications: some members declare spouses (one side, both sides or
 * none), children name their parents, some have pending applications; always schema-valid.
 */
export const linkedHouseholdArb: fc.Arbitrary<Household> = fc
  .tuple(householdArb, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), fc.array(fc.option(applicationArb, { nil: undefined }), { minLength: 5, maxLength: 5 }), fc.boolean())
  .map(([h, picks, apps, declare]) => {
    const members = h.members.map((m, i) => ({ ...m, ...(apps[i] && apps[i]!.appliedOn <= h.asOf! ? { applications: [apps[i]!] } : {}) }));
    if (members.length >= 2 && declare) {
      const [a, b] = [picks[0] % members.length, (picks[0] + 1 + (picks[1] % (members.length - 1))) % members.length];
      members[a] = { ...members[a], spouseId: members[b].id };
      if (picks[2] % 2) members[b] = { ...members[b], spouseId: members[a].id };
      for (let i = 0; i < members.length; i++) if (i !== a && i !== b && picks[3] % 3 === 0) members[i] = { ...members[i], parentIds: [members[a].id, members[b].id] };
    }
    return householdSchema.parse({ version: 1, asOf: h.asOf, members });
  });
