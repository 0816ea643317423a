/**
 * The saved-answers envelope: the household (contract v1) is the truth; `progress` says where the check
 * stood; `snapshot` is an optional XState cache that may be dropped at any time. The same shape is saved
 * in localStorage, exported as a file and carried (without snapshot) in a plan link.
 *
 * zod's v4-mini entry (inside zod 3.25) because the rule schema it embeds is written with it; a v3
 * `z.object` cannot contain a v4 schema.
 */
import './zod-jitless';
import * as z from 'zod/v4-mini';
import { householdSchema } from '../rules/schema';

const id = z.string().check(z.minLength(1), z.maxLength(80));
export const positionSchema = z.strictObject({ member: id, question: id });

export const progressSchema = z.strictObject({
  /** Per member id: the question ids answered, including "I don't know". */
  asked: z.record(id, z.array(id).check(z.maxLength(100))),
  current: z.optional(z.nullable(positionSchema)),
  done: z.boolean(),
});

export const envelopeSchema = z.strictObject({
  app: z.literal('bleibeweg'),
  schema: z.literal(1),
  savedAt: z.iso.datetime({ offset: true }),
  household: householdSchema,
  progress: progressSchema,
  snapshot: z.optional(z.unknown()),
});

export type Envelope = z.infer<typeof envelopeSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** The current envelope version; a saved or imported `schema` other than this (or 0) is refused. */
export const currentSchema = 1;

/**
 * Schema 0, the pre-release shape: the members sat under `answers` and there was no progress.
 * Only `migrateLegacy` reads it; nothing writes it any more.
 */
export const legacyV0Schema = z.strictObject({
  app: z.literal('bleibeweg'),
  schema: z.literal(0),
  savedAt: z.optional(z.string()),
  answers: z.strictObject({ members: z.array(z.unknown()) }),
});

// the keys live apart from the schemas so that wiping needs no zod (src/storage/wipe.ts)
export { storageKeys, keyPrefix } from './keys';

/** An empty progress record, for rebuilt or migrated envelopes. */
export const emptyProgress = (): Progress => ({ asked: {}, current: null, done: false });
