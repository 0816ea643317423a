/**
 * The termbase (`locales/<lang>/terms.json`): one translation per legal concept and language, with the
 * German term kept beside it. `locales/de/terms.json` says how each concept is found in German (`find`)
 * and where its German term must stand in a translation (`beside`); each language file gives the one
 * translation (`translation`), the forms that count as it (`match`, inflections only) and known other
 * translations that must not be used (`avoid`). See locales/README.md.
 */
import { readFileSync, existsSync } from 'node:fs';
import { alignedSegments, type Segment } from './aligned-texts';

export interface SourceTerm {
  id: string;
  /** the German term as printed on papers */
  term: string;
  /** regular expression (without flags) for the concept in German texts; matched as whole words */
  find: string;
  /** where a translation keeps the German term: at the first mention on each page, screen and plan card, in every mention, or nowhere */
  beside: 'first' | 'always' | 'never';
}
export interface TargetTerm {
  id: string;
  term: string;
  /** the one translation, as a translator should write it */
  translation: string;
  /** regular expression (case-insensitive) for the translation and its inflected forms */
  match: string;
  /** other translations of the concept that must not appear anywhere in the language */
  avoid?: string[];
}

export const readTerms = <T>(lang: string): T[] => {
  const file = `locales/${lang}/terms.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).terms as T[]) : [];
};

/** Text as matched: without Arabic-script vowel marks and tatweel, one kind of apostrophe and space. */
export const normalise = (s: string) =>
  s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[’ʼ]/g, "'").replace(/[\u00A0\u202F]/g, ' ');

const whole = (re: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${re})(?![\\p{L}\\p{N}])`, flags);
/** a translation's forms, found anywhere (Arabic-script prefixes and inflection endings stay possible) */
const forms = (re: string) => new RegExp(`(?:${re})`, 'iu');

export interface Finding { where: string; term: string; problem: string; text: string }

/**
 * Everything that breaks the termbase in one language.
 * @example termbaseFindings('en') // => [{ where: 'locales/en/plan.json:office.foreigners-authority', term: 'Ausländerbehörde', problem: 'German term missing', text: '…' }]
 */
export function termbaseFindings(lang: string, segments: Segment[] = alignedSegments(lang)): Finding[] {
  const source = readTerms<SourceTerm>('de');
  const target = new Map(readTerms<TargetTerm>(lang).map((t) => [t.id, t]));
  const findings: Finding[] = [];
  for (const s of source) {
    const t = target.get(s.id);
    if (!t) {
      findings.push({ where: `locales/${lang}/terms.json`, term: s.term, problem: 'no entry', text: '' });
      continue;
    }
    const inGerman = whole(s.find, 'u');
    const translated = forms(normalise(t.match));
    const avoided = (t.avoid ?? []).map((a) => new RegExp(normalise(a), 'iu'));
    const firstOfGroup = new Map<string, string>(); // group → the key or line of its first mention
    for (const seg of segments) {
      const text = normalise(seg.text);
      for (const a of avoided) {
        if (a.test(text)) findings.push({ where: seg.where, term: s.term, problem: `avoided translation /${a.source}/`, text: seg.text });
      }
      if (!inGerman.test(seg.de)) continue;
      if (!translated.test(text)) findings.push({ where: seg.where, term: s.term, problem: `translation „${t.translation}“ missing`, text: seg.text });
      // plural forms and gender variants of one key are shown instead of each other: all count as that key
      const key = seg.where.replace(/(_(female|male))?(_(zero|one|two|few|many|other))?$/, '');
      if (!firstOfGroup.has(seg.group)) firstOfGroup.set(seg.group, key);
      const first = firstOfGroup.get(seg.group) === key;
      const needsGerman = !seg.glossary && (s.beside === 'always' || (s.beside === 'first' && first));
      if (needsGerman && !inGerman.test(seg.text)) findings.push({ where: seg.where, term: s.term, problem: 'German term missing', text: seg.text });
    }
  }
  return findings;
}
