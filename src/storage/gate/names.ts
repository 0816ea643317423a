/**
 * The one name rule, for every way a person's name comes in (typed on the family list, a file, a plan link,
 * saved answers, a workspace record). Names stay on the device but are printed, spoken and compared, so a
 * name must be something a person can see and tell apart: Unicode NFC, trimmed, spaces collapsed, at most
 * 40 characters, at least one letter or digit, no markup or quotes, and none of the characters that are
 * invisible or turn the text's direction (a stored ")1302 :tsirF( lamA" with U+202E prints as
 * "Amal (Frist: 2031)"). Zero-width (non-)joiners stay allowed between letters: Persian and Kurdish need them.
 * No zod here: the check page uses this before the storage code has loaded.
 */
export const maxNameLength = 40;

export type NameProblem = 'nameMissing' | 'nameInvalid' | 'nameInvisible' | 'nameTaken';

// Direction controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM), invisible format characters (zero-width space,
// word joiner, BOM, soft hyphen, invisible operators, Mongolian vowel separator), fillers that render as
// blanks (Hangul fillers, Braille blank) and private-use characters.
const invisible = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060-\u2064\u206A-\u206F\uFEFF\u00AD\u180E\u115F\u1160\u3164\uFFA0\u2800\u034F\uE000-\uF8FF]/u;
const markup = /[<>&"'`{}\\/\p{Cc}\u2028\u2029]/u;
const joiner = /[\u200C\u200D]/u;

/** NFC, trimmed, inner runs of white space as one space. @example cleanName('  Amal\u00A0 Y. ') // => 'Amal Y.' */
export const cleanName = (text: string) => text.normalize('NFC').trim().replace(/\s+/gu, ' ');

/** The form two names are compared in: compatibility-folded, joiners dropped, lower case. */
export const nameKey = (name: string) => cleanName(name).normalize('NFKC').replace(/[\u200C\u200D]/gu, '').toLocaleLowerCase('und');

/** Two names a reader could not tell apart ("Amal" and "amal ", "Ａｍａｌ"). */
export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * What is wrong with a name, or null. `others` are the household's other names (compared with sameName).
 * @example nameProblem('Amal', ['amal']) // => 'nameTaken'
 * @example nameProblem('\u202EAmal', []) // => 'nameInvisible'
 */
export function nameProblem(text: string, others: readonly string[] = []): NameProblem | null {
  const name = cleanName(text);
  if (!name) return 'nameMissing';
  if (invisible.test(name)) return 'nameInvisible';
  if (name.length > maxNameLength || markup.test(name)) return 'nameInvalid';
  // something visible: a letter or digit, not only marks, joiners or punctuation
  if (!/[\p{L}\p{N}]/u.test(name) || /^\p{M}/u.test(name)) return 'nameInvisible';
  // a joiner only between two letters or marks
  for (let i = 0; i < name.length; i++) {
    if (joiner.test(name[i]) && !(/[\p{L}\p{M}]/u.test(name[i - 1] ?? '') && /[\p{L}\p{M}]/u.test(name[i + 1] ?? ''))) return 'nameInvisible';
  }
  if (others.some((o) => sameName(o, name))) return 'nameTaken';
  return null;
}
