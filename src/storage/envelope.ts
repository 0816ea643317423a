/**
 * The saved-answers envelope: the household (contract v1) is the truth; progress says where the check
 * stood. The same shape is saved in localStorage, exported as a file and carried in a plan link.
 */
import * as z from 'zod/v4-mini';
import { householdSchema } from '../rules/schema';

const short = z.string().check(z.maxLength(80));
export const position = z.strictObject({ member: short, question: short });

export const envelopeSchema = z.strictObject({
  app: z.literal('bleibeweg'),
  schema: z.literal(1),
  savedAt: z.iso.datetime(),
  household: householdSchema,
  progress: z.strictObject({
    asked: z.record(z.string(), z.array(short).check(z.maxLength(40))),
    current: z.optional(z.nullable(position)),
    done: z.boolean(),
  }),
  snapshot: z.optional(z.unknown()),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export const storageKeys = {
  main: 'bleibeweg:answers',
  backup: 'bleibeweg:answers:last-good',
} as const;
