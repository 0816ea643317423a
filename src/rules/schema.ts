/**
 * The rule engine's input and output, exactly as shared/contracts/household-v1.md fixes them.
 * Missing fields mean "not answered / I don't know"; `null` is read the same way.
 */
import { z } from 'zod';
import { isValid, parse } from 'date-fns';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => isValid(parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1))), (s) => ({ message: `invalid date "${s}"` }));

export const statusValues = ['asylum-pending', 'duldung', 'duldung-unclear-identity', 'duldung-training', 'duldung-employment', 'permit-104c', 'permit-other', 'none'] as const;
export const asylumValues = ['never', 'pending', 'rejected', 'rejected-manifestly-unfounded', 'withdrawn'] as const;
export const germanLevels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const livelihoodValues = ['own', 'mostly-own', 'partly-own', 'benefits'] as const;
export const routeIds = ['25a', '25a-family', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d', '25-5'] as const;

export const memberSchema = z
  .object({
    id: z.string().min(1).max(80),
    birthDate: isoDate,
    role: z.enum(['parent', 'child', 'other']).optional(),
    nationality: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "SY"').optional(),
    entryDate: isoDate.optional(),
    status: z.enum(statusValues).optional(),
    statusSince: isoDate.optional(),
    unclearIdentityMonths: z.number().int().min(0).max(1200).optional(),
    permit104cUntil: isoDate.nullable().optional(),
    asylum: z.enum(asylumValues).optional(),
    asylumAppliedOn: isoDate.nullable().optional(),
    identityClarified: z.boolean().optional(),
    identityClarifiedOn: isoDate.nullable().optional(),
    passport: z.boolean().optional(),
    identityDeception: z.boolean().optional(),
    school: z
      .object({
        attending: z.boolean().optional(),
        yearsAttended: z.number().min(0).max(30).optional(),
        qualification: z.enum(['none', 'school-leaving']).optional(),
      })
      .strict()
      .optional(),
    training: z
      .object({
        state: z.enum(['none', 'offer', 'contract', 'in-training', 'completed']).optional(),
        kind: z.enum(['qualified', 'assistant']).optional(),
        startDate: isoDate.nullable().optional(),
      })
      .strict()
      .optional(),
    work: z
      .object({
        hoursPerWeek: z.number().min(0).max(100).optional(),
        since: isoDate.nullable().optional(),
        permitted: z.boolean().optional(),
      })
      .strict()
      .optional(),
    livelihood: z.enum(livelihoodValues).optional(),
    german: z.enum(germanLevels).optional(),
    convictions: z.enum(['none', 'minor', 'serious']).optional(),
    livesWithMinorChild: z.boolean().optional(),
  })
  .strict();

export const householdSchema = z
  .object({
    version: z.literal(1),
    asOf: isoDate.optional(),
    members: z.array(memberSchema).max(50),
  })
  .strict()
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: `duplicate member id "${m.id}"` });
      seen.add(m.id);
      if (h.asOf && m.birthDate > h.asOf) ctx.addIssue({ code: 'custom', path: ['members', i, 'birthDate'], message: `birth date ${m.birthDate} is after asOf ${h.asOf}` });
    });
  });

export type Household = z.infer<typeof householdSchema>;
export type Member = z.infer<typeof memberSchema>;
export type RouteId = (typeof routeIds)[number];

export const conditionStates = ['met', 'not-met', 'met-later', 'unknown', 'authority'] as const;
export const results = ['possible', 'later', 'missing', 'excluded', 'unknown'] as const;
export type ConditionState = (typeof conditionStates)[number];
export type Result = (typeof results)[number];

export const evaluationSchema = z.object({
  asOf: isoDate,
  members: z.array(
    z.object({
      id: z.string(),
      routes: z.array(
        z.object({
          id: z.enum(routeIds),
          result: z.enum(results),
          possibleFrom: isoDate.nullable(),
          applyBefore: isoDate.nullable(),
          conditions: z.array(z.object({ id: z.string(), state: z.enum(conditionStates), cite: z.string(), note: z.string().optional() })),
          dependsOn: z.object({ member: z.string(), route: z.enum(routeIds) }).nullable(),
        }),
      ),
    }),
  ),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** `members[0].birthDate: invalid date "2023-02-30"` — readable, names the field. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
      return `${path || '(root)'}: ${i.message}`;
    })
    .join('\n');
}
