// zod's v4-mini entry (inside the same zod 3.25 package Astro ships): the same checks at about half the
// size of the v3 API, which matters because this schema is part of the phone's check page.
import * as z from 'zod/v4-mini';
import { isIsoDate } from './dates';
import { addressValues, facts, maxMembers, roleValues, routeIds } from './facts';

export { asylumValues, germanLevels, livelihoodValues, routeIds, statusValues } from './facts';

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  z.refine(isIsoDate, 'invalid date'),
);
const opt = <T extends z.core.SomeType>(t: T) => z.optional(t);
const optNull = <T extends z.core.SomeType>(t: T) => z.optional(z.nullable(t));
type NumberFact = { min: number; max: number; integer?: boolean };
/** A number within its fact's limits (facts.ts): the one place the limits live. */
const number = (f: NumberFact) => (f.integer ? z.int() : z.number()).check(z.gte(f.min), z.lte(f.max));
const memberId = z.string().check(z.minLength(1), z.maxLength(80));

/** The member object; every answer field's values and limits come from `facts` (facts.ts). */
export const memberSchema = z.strictObject({
  id: memberId,
  /** v1.1: the name the family uses; shown instead of the id. The gate (src/storage/gate) checks its characters. */
  name: opt(z.string().check(z.minLength(1), z.maxLength(80))),
  /** Not in the contract: how the texts address the person where a language's grammar needs it. */
  addressAs: opt(z.enum(addressValues)),
  birthDate: isoDate,
  role: opt(z.enum(roleValues)),
  spouseId: optNull(memberId),
  parentIds: opt(z.array(memberId).check(z.maxLength(maxMembers))),
  nationality: opt(z.string().check(z.regex(/^([A-Z]{2}|stateless|unclear)$/, 'expected an ISO 3166-1 alpha-2 code such as "SY", or "stateless" / "unclear"'))),
  entryDate: opt(isoDate),
  status: opt(z.enum(facts.status.values)),
  statusSince: opt(isoDate),
  duldungSince: opt(isoDate),
  unclearIdentityMonths: opt(number(facts.unclearIdentityMonths)),
  permit104cUntil: optNull(isoDate),
  asylum: opt(z.enum(facts.asylum.values)),
  asylumAppliedOn: optNull(isoDate),
  identityClarified: opt(z.boolean()),
  identityClarifiedOn: optNull(isoDate),
  identityEfforts: opt(z.enum(facts.identityEfforts.values)),
  passport: opt(z.boolean()),
  identityDeception: opt(z.boolean()),
  school: opt(z.strictObject({
    attending: opt(z.boolean()),
    yearsAttended: opt(number(facts['school.yearsAttended'])),
    qualification: opt(z.enum(facts['school.qualification'].values)),
  })),
  training: opt(z.strictObject({
    state: opt(z.enum(facts['training.state'].values)),
    kind: opt(z.enum(facts['training.kind'].values)),
    startDate: optNull(isoDate),
    followOnPromise: opt(z.boolean()),
  })),
  work: opt(z.strictObject({
    hoursPerWeek: opt(number(facts['work.hoursPerWeek'])),
    since: optNull(isoDate),
    permitted: opt(z.boolean()),
  })),
  livelihood: opt(z.enum(facts.livelihood.values)),
  german: opt(z.enum(facts.german.values)),
  germanWritten: opt(z.enum(facts.germanWritten.values)),
  convictions: opt(z.enum(facts.convictions.values)),
  convictionSentence: opt(z.strictObject({
    kind: opt(z.enum(facts['convictionSentence.kind'].values)),
    months: opt(number(facts['convictionSentence.months'])),
    suspended: opt(z.boolean()),
  })),
  integrationCourse: opt(z.strictObject({
    possible: opt(z.boolean()),
    obliged: opt(z.boolean()),
    completed: opt(z.boolean()),
  })),
  departureImpossible: opt(z.boolean()),
  livesWithMinorChild: opt(z.boolean()),
  applications: opt(z.array(z.strictObject({ route: z.enum(routeIds), appliedOn: isoDate })).check(z.maxLength(routeIds.length * 2))),
});

type Issue = { code: 'custom'; path: (string | number)[]; message: string; input: unknown };
type LinkedMember = { id: string; birthDate: string; spouseId?: string | null; parentIds?: string[] };

/**
 * Checks across members: unique ids, no birth after `asOf`, and the v1.1 links (spouseId, parentIds) point
 * at another member that exists, and the spouse links do not contradict each other (one side is enough;
 * two people naming different spouses, or "none" against a partner's link, is a contradiction).
 */
export function householdIssues(h: { asOf?: string; members: LinkedMember[] }): Issue[] {
  const issues: Issue[] = [];
  const push = (path: (string | number)[], message: string, input: unknown) => issues.push({ code: 'custom', path, message, input });
  const ids = new Set<string>();
  h.members.forEach((m, i) => {
    if (ids.has(m.id)) push(['members', i, 'id'], `duplicate member id "${m.id}"`, m.id);
    ids.add(m.id);
    if (h.asOf && m.birthDate > h.asOf) push(['members', i, 'birthDate'], `birth date ${m.birthDate} is after asOf ${h.asOf}`, m.birthDate);
  });
  const spouses = new Map<string, Set<string>>(h.members.map((m) => [m.id, new Set<string>()]));
  h.members.forEach((m, i) => {
    if (m.spouseId != null) {
      if (m.spouseId === m.id) push(['members', i, 'spouseId'], `member "${m.id}" cannot be their own spouse`, m.spouseId);
      else if (!ids.has(m.spouseId)) push(['members', i, 'spouseId'], `no member with id "${m.spouseId}"`, m.spouseId);
      else {
        spouses.get(m.id)!.add(m.spouseId);
        spouses.get(m.spouseId)!.add(m.id);
      }
    }
    (m.parentIds ?? []).forEach((p, j) => {
      if (p === m.id) push(['members', i, 'parentIds', j], `member "${m.id}" cannot be their own parent`, p);
      else if (!ids.has(p)) push(['members', i, 'parentIds', j], `no member with id "${p}"`, p);
    });
  });
  h.members.forEach((m, i) => {
    const linked = spouses.get(m.id)!;
    if (linked.size > 1) push(['members', i, 'spouseId'], `contradicting spouse links: "${m.id}" is linked to ${[...linked].map((s) => `"${s}"`).join(' and ')}`, m.spouseId);
    else if (m.spouseId === null && linked.size === 1) push(['members', i, 'spouseId'], `contradicting spouse links: "${m.id}" has none, but "${[...linked][0]}" names them`, null);
  });
  return issues;
}

export const householdSchema = z
  .strictObject({
    version: z.literal(1),
    asOf: opt(isoDate),
    members: z.array(memberSchema).check(z.maxLength(maxMembers)),
  })
  .check(
    z.check<{ members: LinkedMember[]; asOf?: string }>((payload) => {
      payload.issues.push(...householdIssues(payload.value));
    }),
  );

export type Household = z.infer<typeof householdSchema>;
export type Member = z.infer<typeof memberSchema>;
export type RouteId = (typeof routeIds)[number];

export const conditionStates = ['met', 'not-met', 'met-later', 'unknown', 'authority'] as const;
export const results = ['possible', 'later', 'missing', 'excluded', 'unknown'] as const;
export type ConditionState = (typeof conditionStates)[number];
export type Result = (typeof results)[number];

export const evaluationSchema = z.object({
  asOf: isoDate,
  members: z.array(z.object({
    id: z.string(),
    routes: z.array(z.object({
      id: z.enum(routeIds),
      result: z.enum(results),
      possibleFrom: z.nullable(isoDate),
      applyBefore: z.nullable(isoDate),
      conditions: z.array(z.object({ id: z.string(), state: z.enum(conditionStates), cite: z.string(), metOn: opt(isoDate), reason: opt(z.string()), note: opt(z.string()) })),
      dependsOn: z.nullable(z.object({ member: z.string(), route: z.enum(routeIds) })),
    })),
  })),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export type SchemaIssue = {
  path: PropertyKey[]; message: string; code?: string; keys?: string[];
  values?: unknown[]; expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint;
};

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** zod's mini build says only "Invalid input": say what was expected, from the issue's details. */
function describe(i: SchemaIssue, value: unknown): string {
  const got = value === undefined ? '' : `, got ${show(value)}`;
  if (i.message !== 'Invalid input') return i.message === 'invalid date' ? `invalid date ${show(value)}` : i.message;
  if (i.code === 'unrecognized_keys' && i.keys) return `unknown field ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_value' && i.values) return `expected ${i.values.length > 1 ? 'one of ' : ''}${i.values.map(show).join(', ')}${got}`;
  if (i.code === 'invalid_type') return value === undefined ? `required (${i.expected})` : `expected ${i.expected === 'int' ? 'a whole number' : i.expected}${got}`;
  const unit = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' entries' : '';
  if (i.code === 'too_small') return `must be at least ${i.minimum}${unit}${got}`;
  if (i.code === 'too_big') return `must be at most ${i.maximum}${unit}${got}`;
  return `invalid${got}`;
}

/** `members[0].birthDate: invalid date "2023-02-30"` — readable, names the field and the value. */
export function formatIssues(error: { issues: readonly SchemaIssue[] }, input?: unknown): string {
  return error.issues
    .map((i) => {
      const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      let value: unknown = input;
      for (const p of i.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[p] : undefined;
      return `${path || '(root)'}: ${describe(i, value)}`;
    })
    .join('\n');
}
