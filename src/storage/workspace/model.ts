/**
 * What the workspace keeps for one family: the case manager's label, the family's language, the next
 * appointment, the household (an envelope that passed the gate) with earlier versions, the meetings (the
 * facts as they were on that day), the progress of each plan step and the agreed goals per person. People
 * are the household's members (src/rules/schema.ts), referred to by member id only.
 *
 * The record is checked (this schema, and the gate for every household in it) whenever it is read from the
 * database or an imported file; nothing unchecked reaches the page.
 */
import '../zod-jitless';
import * as z from 'zod/v4-mini';
import { admit, type AdmitOptions } from '../gate/admit';
import { createEnvelope, type Envelope } from '../envelope';
import { memberIdPattern } from '../envelope';
import { isIsoDate } from '../../rules/dates';
import { locales } from '../../i18n/languages';
import type { Household } from '../../rules/schema';

export const stepStates = ['open', 'in-progress', 'done', 'not-needed'] as const;
/** Who does a step: the family itself or one of the offices that work with it (Münster's model project). */
export const responsibles = ['family', 'school', 'youth-office', 'job-centre', 'employment-agency', 'counselling', 'foreigners-authority'] as const;
export type StepState = (typeof stepStates)[number];
export type Responsible = (typeof responsibles)[number];

export const maxLabelLength = 60;
export const maxNoteLength = 300;
/** Kept versions of the household (the store's history) and meetings: enough for years of monthly meetings. */
export const maxPrevious = 20;
export const maxMeetings = 200;

const isoDate = z.string().check(z.refine(isIsoDate, 'invalid date'));
const memberId = z.string().check(z.regex(memberIdPattern));
/** Plan step ids (src/plan): `<topic>`, `<topic>:<route>`, `find-out:<condition>`. */
const stepId = z.string().check(z.regex(/^[a-z0-9][a-z0-9:._-]{0,79}$/));
const text = (max: number) => z.string().check(z.maxLength(max));

export const stepProgressSchema = z.strictObject({
  member: memberId,
  step: stepId,
  state: z.enum(stepStates),
  /** By when (open, in progress) or when it was done. */
  date: z.optional(isoDate),
  responsible: z.optional(z.enum(responsibles)),
  note: z.optional(text(maxNoteLength)),
});
export type StepProgress = z.infer<typeof stepProgressSchema>;

export const goalSchema = z.strictObject({ member: memberId, text: text(maxNoteLength) });
export type Goal = z.infer<typeof goalSchema>;

/** A meeting: its date and the household's facts as they were agreed that day (checked by the gate on reading). */
const meetingSchema = z.strictObject({ date: isoDate, household: z.unknown() });
export interface Meeting { date: string; household: Household }

export const familyFormat = 1;
export const familyIdPattern = /^f[0-9a-z]{12}$/;

const familySchema = z.strictObject({
  format: z.literal(familyFormat),
  id: z.string().check(z.regex(familyIdPattern)),
  label: z.string().check(z.minLength(1), z.maxLength(maxLabelLength)),
  /** The family's language (page languages): their plan prints in it with German beside it. */
  language: z.enum(locales),
  createdAt: z.iso.datetime({ offset: true }),
  nextAppointment: z.optional(isoDate),
  envelope: z.nullable(z.unknown()),
  previous: z.array(z.unknown()).check(z.maxLength(maxPrevious)),
  meetings: z.array(meetingSchema).check(z.maxLength(maxMeetings)),
  steps: z.array(stepProgressSchema).check(z.maxLength(2000)),
  goals: z.array(goalSchema).check(z.maxLength(100)),
});

export interface Family {
  format: typeof familyFormat;
  id: string;
  label: string;
  language: (typeof locales)[number];
  createdAt: string;
  nextAppointment?: string;
  /** The household now; null until the first person is added. */
  envelope: Envelope | null;
  /** Earlier versions of the household, newest first. */
  previous: Envelope[];
  /** Oldest first; the last one is "the last meeting". */
  meetings: Meeting[];
  steps: StepProgress[];
  goals: Goal[];
}

export type FamilyProblem = { error: 'workspace.badRecord'; detail: string } | { error: string; detail?: string; member?: string };

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
/** `f` and 12 random base-36 characters: says nothing about the family. */
export const newFamilyId = () => 'f' + [...crypto.getRandomValues(new Uint8Array(12))].map((b) => alphabet[b % 36]).join('');

// direction controls and invisible characters are dropped from the case manager's own texts (labels, notes,
// goals): they are printed on the case file sheet, where a reversed run could change what a date says
const invisible = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060-\u2064\uFEFF\p{Cc}]/gu;
/** A label, note or goal as it is kept: NFC, no controls, spaces collapsed, trimmed, cut to `max`. */
export const cleanText = (value: string, max = maxNoteLength) => value.normalize('NFC').replace(invisible, ' ').replace(/\s+/gu, ' ').trim().slice(0, max);

export const lastMeeting = (f: Pick<Family, 'meetings'>): Meeting | undefined => f.meetings.at(-1);

/** A new family, with nothing yet but its label and language. */
export function newFamily(label: string, language: Family['language'], now = new Date()): Family {
  return { format: familyFormat, id: newFamilyId(), label: cleanText(label, maxLabelLength), language, createdAt: now.toISOString(), envelope: null, previous: [], meetings: [], steps: [], goals: [] };
}

const admitted = (value: unknown, options: AdmitOptions) => admit('workspace', value, options);

/**
 * Checks a record read back from the database or out of an imported file: the shape, then every household
 * in it through the gate. Returns the family or what is wrong (a storage message key from the gate, or
 * `workspace.badRecord` with the path).
 */
export function checkFamily(value: unknown, options: AdmitOptions = {}): { ok: true; family: Family } | ({ ok: false } & FamilyProblem) {
  const parsed = familySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: 'workspace.badRecord', detail: issue.path.map(String).join('.').slice(0, 120) };
  }
  const raw = parsed.data;
  const label = cleanText(raw.label, maxLabelLength);
  if (!label) return { ok: false, error: 'workspace.badRecord', detail: 'label' };
  let envelope: Envelope | null = null;
  if (raw.envelope !== null) {
    const r = admitted(raw.envelope, options);
    if (!r.ok) return r;
    envelope = r.envelope;
  }
  const previous: Envelope[] = [];
  for (const p of raw.previous) {
    const r = admitted(p, options);
    if (!r.ok) return r;
    previous.push(r.envelope);
  }
  const meetings: Meeting[] = [];
  for (const m of raw.meetings) {
    const r = admitted(createEnvelope(m.household as Household), options);
    if (!r.ok) return r;
    meetings.push({ date: m.date, household: r.envelope.household });
  }
  const family: Family = { ...raw, label, envelope, previous, meetings, steps: raw.steps.map((s) => ({ ...s, ...(s.note !== undefined ? { note: cleanText(s.note) } : {}) })), goals: raw.goals.map((g) => ({ ...g, text: cleanText(g.text) })) };
  if (raw.nextAppointment === undefined) delete family.nextAppointment;
  return { ok: true, family };
}
