/**
 * Translation states, after Integreat's "up to date / outdated / machine translated": every translated
 * text records a hash of the German text it was made from (and a hash of itself). When the German
 * changes, the record no longer matches and the translation is *outdated*: pages then show the German
 * text with an "update pending" note until someone translates again and records it.
 *
 * A record is one short string, `"<by> <german hash> <own hash>"`, e.g. `"machine 3fa9c2e1d4 9a8b7c6d5e"`:
 * - `by`: `machine` (machine/AI translation, not checked by a person) or `human` (a translator checked it);
 * - the German hash says which German text the translation was made from;
 * - the own hash says which translation was recorded: if the translation was edited since, the record is
 *   stale (`edited`) and `npm run i18n:stamp` must record it again (a test says so).
 *
 * Pure functions only (no files): `src/translation/repo.ts` reads the repository, `scripts/i18n.ts` is the
 * command line, `src/translation/display.ts` is what the pages use.
 *
 * @example stateOf('Hallo', 'Hello', parseRecord(`machine ${hashText('Hallo')} ${hashText('Hello')}`)) // => 'machine'
 */
import { createHash } from 'node:crypto';

export type By = 'machine' | 'human';
export interface TranslationRecord {
  by: By;
  /** hash of the German source text */
  de: string;
  /** hash of the translation as recorded */
  own: string;
}

/**
 * - `unrecorded`: no record yet (run `npm run i18n:stamp`);
 * - `edited`: the translation changed since it was recorded (run `npm run i18n:stamp`: it records it as a
 *   new translation of today's German);
 * - `outdated`: the German changed since the translation was made: shown as German with a note;
 * - `machine`: up to date, machine translation not checked by a person;
 * - `current`: up to date, checked by a translator.
 */
export type State = 'unrecorded' | 'edited' | 'outdated' | 'machine' | 'current';

const hashLength = 10;
const recordPattern = /^(machine|human) ([0-9a-f]{10}) ([0-9a-f]{10})$/;

/** Whitespace and Unicode normalisation do not count as a change (reflowing a paragraph is not one). */
export function hashText(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex').slice(0, hashLength);
}

export function parseRecord(value: unknown): TranslationRecord | undefined {
  if (typeof value !== 'string') return undefined;
  const m = recordPattern.exec(value);
  return m ? { by: m[1] as By, de: m[2], own: m[3] } : undefined;
}

export function formatRecord(r: TranslationRecord): string {
  return `${r.by} ${r.de} ${r.own}`;
}

export function isRecord(value: unknown): boolean {
  return parseRecord(value) !== undefined;
}

export function recordOf(german: string, own: string, by: By = 'machine'): TranslationRecord {
  return { by, de: hashText(german), own: hashText(own) };
}

export function stateOf(german: string, own: string, record: TranslationRecord | undefined): State {
  if (!record) return 'unrecorded';
  if (record.own !== hashText(own)) return 'edited';
  if (record.de !== hashText(german)) return 'outdated';
  return record.by === 'human' ? 'current' : 'machine';
}

/** States a test accepts: everything is recorded and the records describe today's translations. */
export const recordedStates: ReadonlySet<State> = new Set(['outdated', 'machine', 'current']);

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * The German text a translated string key was made from. Plural forms (`_few`, `_many` … exist in some
 * languages only) come from all of German's forms of that key together; a grammatical-gender variant
 * (`key_female`) that German lacks comes from German's neutral key.
 * @example germanSourceOf('n_few', { n_one: 'eine Frage', n_other: '{{count}} Fragen' }) // => 'eine Frage\n{{count}} Fragen'
 */
export function germanSourceOf(key: string, de: Record<string, string>): string | undefined {
  const plural = pluralSuffix.exec(key);
  const base = plural ? key.slice(0, -plural[0].length) : key;
  const group = (b: string) => {
    const forms = pluralCategories.map((c) => de[`${b}_${c}`]).filter((v): v is string => v !== undefined);
    return forms.length ? forms.join('\n') : undefined;
  };
  if (plural) {
    const g = group(base);
    if (g !== undefined) return g;
  }
  if (key in de) return de[key];
  if (base in de) return de[base];
  const context = /_[a-z]+$/.exec(base);
  if (context) {
    const neutral = base.slice(0, -context[0].length);
    return (plural ? group(neutral) : undefined) ?? de[neutral];
  }
  return undefined;
}

/**
 * The German string shown in place of an outdated translation of `key` (the form matching the key's plural
 * category or gender, where German has it).
 */
export function germanDisplayOf(key: string, de: Record<string, string>): string | undefined {
  if (key in de) return de[key];
  const plural = pluralSuffix.exec(key);
  const base = plural ? key.slice(0, -plural[0].length) : key;
  const candidates = plural ? [`${base}_${plural[1] === 'one' ? 'one' : 'other'}`, `${base}_other`, base] : [base];
  const context = /_[a-z]+$/.exec(base);
  if (context) {
    const neutral = base.slice(0, -context[0].length);
    candidates.push(...(plural ? [`${neutral}_${plural[1] === 'one' ? 'one' : 'other'}`, `${neutral}_other`] : []), neutral);
  }
  for (const c of candidates) if (c in de) return de[c];
  return undefined;
}

/**
 * A route or basics page in parts: part 0 is the title, the summary and the text before the first `## `
 * heading; then one part per `## ` section. Each part is recorded on its own, so one changed German section
 * makes only that section outdated.
 */
export function markdownParts(title: string, summary: string, body: string): string[] {
  const parts: string[][] = [[title, summary]];
  for (const line of body.split('\n')) {
    if (/^## /.test(line)) parts.push([line]);
    else parts[parts.length - 1].push(line);
  }
  return parts.map((p) => p.join('\n'));
}

/** Records of a page's parts, as written in its frontmatter `translation:` list (`"<german hash> <own hash>"`). */
export function parsePartRecords(list: unknown, reviewed: boolean): TranslationRecord[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const by: By = reviewed ? 'human' : 'machine';
  const out: TranslationRecord[] = [];
  for (const item of list) {
    const r = parseRecord(`${by} ${String(item)}`);
    if (!r) return undefined;
    out.push(r);
  }
  return out;
}

export function formatPartRecord(r: TranslationRecord): string {
  return `${r.de} ${r.own}`;
}

/**
 * State of each part of a translated page. A page whose number of parts differs from its record needs a new
 * record (`edited`); one whose number of parts differs from the German (a section added or removed there)
 * is outdated as a whole.
 */
export function partStates(germanParts: string[], ownParts: string[], records: TranslationRecord[] | undefined): State[] {
  if (!records) return ownParts.map(() => 'unrecorded');
  if (records.length !== ownParts.length) return ownParts.map(() => 'edited');
  const edited = ownParts.map((p, i) => records[i].own !== hashText(p));
  if (germanParts.length !== ownParts.length) return ownParts.map((_, i) => (edited[i] ? 'edited' : 'outdated'));
  return ownParts.map((p, i) => stateOf(germanParts[i], p, records[i]));
}
