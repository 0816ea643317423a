/**
 * The household model's facts, one entry per answer field of a member (contract v1 and its optional v1.1
 * additions, shared/contracts/household-v1.md, summarised in docs/architecture.md). This table is the one
 * source: the zod schema (schema.ts), the questionnaire's question specs (src/flows/questions.ts), the
 * validation gate (src/storage/gate) and the engine's relevance (relevance.ts) all read it, so a limit or
 * an option list exists once.
 *
 * - `type`: how the answer is written (a date is ISO YYYY-MM-DD; `country` an ISO 3166-1 alpha-2 code or
 *   "stateless" / "unclear").
 * - `when` (dates): `past` — an event that has happened (not after today, not before the birth date);
 *   `future` — usually ahead (a training start, a permit's end); both within 1900 … today + 10 years.
 * - `nullable`: `null` is a valid answer (the contract's "none"), e.g. no application date.
 * - `scope`: `household` — usually the same for the whole family, so the check asks it once for everybody
 *   with the exceptions picked on the same screen; `member` — asked person by person. The contract stores
 *   every fact per member either way; scope only says how it is asked.
 * - `unit` (numbers): shown next to the number field.
 */
export const statusValues = ['asylum-pending', 'duldung', 'duldung-unclear-identity', 'duldung-training', 'duldung-employment', 'permit-104c', 'permit-other', 'none'] as const;
export const asylumValues = ['never', 'pending', 'rejected', 'rejected-manifestly-unfounded', 'withdrawn'] as const;
export const germanLevels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const livelihoodValues = ['own', 'mostly-own', 'partly-own', 'benefits'] as const;
export const convictionValues = ['none', 'minor', 'serious'] as const;
export const trainingStates = ['none', 'offer', 'contract', 'in-training', 'completed'] as const;
export const trainingKinds = ['qualified', 'assistant'] as const;
export const qualificationValues = ['none', 'school-leaving'] as const;
export const identityEffortValues = ['in-time', 'late', 'none'] as const;
export const sentenceKinds = ['fine', 'prison', 'youth'] as const;
export const roleValues = ['parent', 'child', 'other'] as const;
/** How the texts address a person where a language's grammar needs it; read by nothing in the rules. */
export const addressValues = ['female', 'male', 'neutral'] as const;
/** Nationality answers besides a country code (v1.1): no nationality at all, or not established. */
export const nationalityWithout = ['stateless', 'unclear'] as const;
export const routeIds = ['25a', '25a-family', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d', '25-5'] as const;

export type Scope = 'household' | 'member';
export type DateWhen = 'past' | 'future';

export type Fact =
  | { type: 'date'; when: DateWhen; nullable?: boolean; scope: Scope }
  | { type: 'enum'; values: readonly string[]; scope: Scope }
  | { type: 'boolean'; scope: Scope }
  | { type: 'number'; min: number; max: number; integer?: boolean; unit: 'hours' | 'months' | 'years'; scope: Scope }
  | { type: 'country'; scope: Scope };

/** Answer facts of a member, in the contract's order; nested objects as dotted paths. */
export const facts = {
  nationality: { type: 'country', scope: 'household' },
  entryDate: { type: 'date', when: 'past', scope: 'household' },
  status: { type: 'enum', values: statusValues, scope: 'household' },
  statusSince: { type: 'date', when: 'past', scope: 'household' },
  duldungSince: { type: 'date', when: 'past', scope: 'household' },
  permit104cUntil: { type: 'date', when: 'future', nullable: true, scope: 'member' },
  unclearIdentityMonths: { type: 'number', min: 0, max: 600, integer: true, unit: 'months', scope: 'household' },
  asylum: { type: 'enum', values: asylumValues, scope: 'household' },
  asylumAppliedOn: { type: 'date', when: 'past', nullable: true, scope: 'household' },
  identityClarified: { type: 'boolean', scope: 'household' },
  identityClarifiedOn: { type: 'date', when: 'past', nullable: true, scope: 'household' },
  identityEfforts: { type: 'enum', values: identityEffortValues, scope: 'household' },
  passport: { type: 'boolean', scope: 'member' },
  identityDeception: { type: 'boolean', scope: 'household' },
  'school.attending': { type: 'boolean', scope: 'member' },
  'school.yearsAttended': { type: 'number', min: 0, max: 20, unit: 'years', scope: 'member' },
  'school.qualification': { type: 'enum', values: qualificationValues, scope: 'member' },
  'training.state': { type: 'enum', values: trainingStates, scope: 'member' },
  'training.kind': { type: 'enum', values: trainingKinds, scope: 'member' },
  'training.startDate': { type: 'date', when: 'future', nullable: true, scope: 'member' },
  'training.followOnPromise': { type: 'boolean', scope: 'member' },
  'work.hoursPerWeek': { type: 'number', min: 0, max: 100, unit: 'hours', scope: 'member' },
  'work.since': { type: 'date', when: 'past', nullable: true, scope: 'member' },
  'work.permitted': { type: 'boolean', scope: 'member' },
  livelihood: { type: 'enum', values: livelihoodValues, scope: 'household' },
  german: { type: 'enum', values: germanLevels, scope: 'member' },
  germanWritten: { type: 'enum', values: germanLevels, scope: 'member' },
  convictions: { type: 'enum', values: convictionValues, scope: 'household' },
  'convictionSentence.kind': { type: 'enum', values: sentenceKinds, scope: 'member' },
  'convictionSentence.months': { type: 'number', min: 0, max: 600, integer: true, unit: 'months', scope: 'member' },
  'convictionSentence.suspended': { type: 'boolean', scope: 'member' },
  'integrationCourse.possible': { type: 'boolean', scope: 'member' },
  'integrationCourse.obliged': { type: 'boolean', scope: 'member' },
  'integrationCourse.completed': { type: 'boolean', scope: 'member' },
  departureImpossible: { type: 'boolean', scope: 'household' },
  livesWithMinorChild: { type: 'boolean', scope: 'member' },
} as const satisfies Record<string, Fact>;

export type AnswerField = keyof typeof facts;
export const answerFields = Object.keys(facts) as AnswerField[];

/** The groups that nest answer fields in a member ('school' for 'school.attending'). */
export const groups = [...new Set(answerFields.filter((f) => f.includes('.')).map((f) => f.split('.')[0]))];

/**
 * Structural facts of a member besides the answers: set on the family list, or by the people who link the
 * household (spouse, parents), or kept for the engine (applications). Read through their own rules.
 */
export const structural = ['id', 'name', 'addressAs', 'birthDate', 'role', 'spouseId', 'parentIds', 'applications'] as const;

/** The most people one household may hold, on every way in (questionnaire, file, link, saved, workspace). */
export const maxMembers = 20;
/** Dates before this are refused everywhere; after today + this many years too. */
export const earliestDate = '1900-01-01';
export const yearsAhead = 10;
