// zod's v4-mini entry (inside the same zod 3.25 package Astro ships): the same checks at about half the
// size of the v3 API, which matters because this schema is part of the phone's check page.
import * as z from 'zod/v4-mini';
import { isIsoDate } from './dates';

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  z.refine(isIsoDate, 'invalid date'),
);
const opt = <T extends z.core.SomeType>(t: T) => z.optional(t);
const optNull = <T extends z.core.SomeType>(t: T) => z.optional(z.nullable(t));

export const statusValues = ['asylum-pending', 'duldung', 'duldung-unclear-identity', 'duldung-training', 'duldung-employment', 'permit-104c', 'permit-other', 'none'] as const;
export const asylumValues = ['never', 'pending', 'rejected', 'rejected-manifestly-unfounded', 'withdrawn'] as const;
export const germanLevels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const livelihoodValues = ['own', 'mostly-own', 'partly-own', 'benefits'] as const;
export const routeIds = ['25a', '25a-family', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d', '25-5'] as const;

const hours = z.number().check(z.gte(0), z.lte(100));

export const memberSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  birthDate: isoDate,
  role: opt(z.enum(['parent', 'child', 'other'])),
  nationality: opt(z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "SY"'))),
  entryDate: opt(isoDate),
  status: opt(z.enum(statusValues)),
  statusSince: opt(isoDate),
  unclearIdentityMonths: opt(z.int().check(z.gte(0), z.lte(1200))),
  permit104cUntil: optNull(isoDate),
  asylum: opt(z.enum(asylumValues)),
  asylumAppliedOn: optNull(isoDate),
  identityClarified: opt(z.boolean()),
  identityClarifiedOn: optNull(isoDate),
  passport: opt(z.boolean()),
  identityDeception: opt(z.boolean()),
  school: opt(z.strictObject({
    attending: opt(z.boolean()),
    yearsAttended: opt(z.number().check(z.gte(0), z.lte(30))),
    qualification: opt(z.enum(['none', 'school-leaving'])),
  })),
  training: opt(z.strictObject({
    state: opt(z.enum(['none', 'offer', 'contract', 'in-training', 'completed'])),
    kind: opt(z.enum(['qualified', 'assistant'])),
    startDate: optNull(isoDate),
  })),
  work: opt(z.strictObject({
    hoursPerWeek: opt(hours),
    since: optNull(isoDate),
    permitted: opt(z.boolean()),
  })),
  livelihood: opt(z.enum(livelihoodValues)),
  german: opt(z.enum(germanLevels)),
  convictions: opt(z.enum(['none', 'minor', 'serious'])),
  livesWithMinorChild: opt(z.boolean()),
});

export const householdSchema = z
  .strictObject({
    version: z.literal(1),
    asOf: opt(isoDate),
    members: z.array(memberSchema).check(z.maxLength(50)),
  })
  .check(
    z.check<{ members: { id: string; birthDate: string }[]; asOf?: string }>((payload) => {
      const h = payload.value;
      const seen = new Set<string>();
      h.members.forEach((m, i) => {
        if (seen.has(m.id)) payload.issues.push({ code: 'custom', path: ['members', i, 'id'], message: `duplicate member id "${m.id}"`, input: m.id });
        seen.add(m.id);
        if (h.asOf && m.birthDate > h.asOf) payload.issues.push({ code: 'custom', path: ['members', i, 'birthDate'], message: `birth date ${m.birthDate} is after asOf ${h.asOf}`, input: m.birthDate });
      });
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
