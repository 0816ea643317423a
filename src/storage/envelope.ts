/**
 * The saved-answers envelope: the household (contract v1 with v1.1's `name`) is the truth; `progress` says
 * where the check stood; `snapshot` is an optional XState cache that may be dropped at any time. The same
 * shape is saved in localStorage, exported as a file and carried (without snapshot) in a plan link.
 *
 * Schema 2 (2026-12-06): members have generated ids (`p…`) and their names in `name`; progress lists what
 * was asked as keys `<member id>:<field>` or `household:<field>`, so no typed text ever becomes an object
 * key. Schemas 0 and 1 (ids were the typed names) are migrated on the way in (migrate.ts).
 *
 * zod's v4-mini entry (inside zod 3.25) because the rule schema it embeds is written with it; a v3
 * `z.object` cannot contain a v4 schema.
 */
import './zod-jitless';
import * as z from 'zod/v4-mini';
import { householdSchema } from '../rules/schema';
import { maxMembers } from '../rules/facts';

/** Generated and migrated member ids: letters, digits, `-` and `_`, starting with a letter or digit. */
export const memberIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const fieldId = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9._-]{0,79}$/));
/** The household itself or a member, as a progress key's first part. */
const whose = z.string().check(z.regex(memberIdPattern));

export const positionSchema = z.strictObject({ member: whose, question: fieldId });
/** `household:<field>` for a question asked once for everybody, `<member id>:<field>` for one person. */
export const askedKeySchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}:[A-Za-z][A-Za-z0-9._-]{0,79}$/));

export const progressSchema = z.strictObject({
  asked: z.array(askedKeySchema).check(z.maxLength(maxMembers * 100)),
  current: z.optional(z.nullable(positionSchema)),
  /** The screens answered on the way here, for Back after a reload (newest last). */
  history: z.optional(z.array(positionSchema).check(z.maxLength(maxMembers * 100))),
  done: z.boolean(),
});

export const envelopeSchema = z.strictObject({
  app: z.literal('bleibeweg'),
  schema: z.literal(2),
  savedAt: z.iso.datetime({ offset: true }),
  household: householdSchema,
  progress: progressSchema,
  snapshot: z.optional(z.unknown()),
});

export type Envelope = z.infer<typeof envelopeSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type Position = z.infer<typeof positionSchema>;

export { currentSchema } from './create';

// the keys live apart from the schemas so that wiping needs no zod (src/storage/wipe.ts)
export { storageKeys, keyPrefix } from './keys';

// made without zod (the check page builds envelopes before the schemas have loaded)
export { createEnvelope, emptyProgress, withoutSnapshot } from './create';
