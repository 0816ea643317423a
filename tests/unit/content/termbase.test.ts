/**
 * One translation per legal concept and language (locales/<lang>/terms.json), used everywhere in
 * locales/ and content/, with the German term beside it where the termbase says so. A failure names
 * the file and line or key, the concept and what is wrong; fix the text, not the termbase (unless the
 * termbase itself is wrong: then say why in the commit).
 */
import { describe, it, expect } from 'vitest';
import { contentLocales } from '../../../src/content/schemas';
import { alignedSegments } from './aligned-texts';
import { readTerms, termbaseFindings, normalise, type SourceTerm, type TargetTerm } from './termbase';

const others = contentLocales.filter((l) => l !== 'de');
const source = readTerms<SourceTerm>('de');

describe('termbase (German source)', () => {
  it('lists the legal concepts, each found at least once in the German texts', () => {
    expect(source.length).toBeGreaterThanOrEqual(20);
    const de = alignedSegments('en').map((s) => s.de).join('\n');
    for (const s of source) {
      expect(new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${s.find})(?![\\p{L}\\p{N}])`, 'u').test(de), `${s.id}: /${s.find}/ finds nothing`).toBe(true);
      expect(['first', 'always', 'never']).toContain(s.beside);
    }
  });
});

describe.each(others)('termbase %s', (lang) => {
  const target = readTerms<TargetTerm>(lang);

  it('has one entry per concept, with the German term and a translation its own pattern finds', () => {
    expect(target.map((t) => t.id).sort()).toEqual(source.map((s) => s.id).sort());
    for (const t of target) {
      expect(t.term, t.id).toBe(source.find((s) => s.id === t.id)!.term);
      expect(new RegExp(normalise(t.match), 'iu').test(normalise(t.translation)), `${t.id}: „${t.translation}“ /${t.match}/`).toBe(true);
    }
  });

  it('is used in every text of the language (locales, content pages, glossary, offices)', () => {
    const findings = termbaseFindings(lang).map((f) => `${f.where} — ${f.term}: ${f.problem} — ${f.text.slice(0, 120)}`);
    expect(findings).toEqual([]);
  });
});

describe('termbase check', () => {
  const seg = (de: string, text: string, group = 'page') => ({ where: `test:${text.slice(0, 12)}`, group, de, text, glossary: false });
  it('fails on another translation, a rejected one, and a missing German term', () => {
    const problems = termbaseFindings('en', [
      seg('Die Ausländerbehörde entscheidet.', 'The foreigners authority decides.'),
      seg('Fragen Sie eine Beratungsstelle.', 'Ask an advice centre.', 'card'),
      seg('Die Duldung endet.', 'The tolerated status ends.', 'screen'),
    ]).map((f) => `${f.term}: ${f.problem}`);
    expect(problems).toEqual(expect.arrayContaining([
      'Ausländerbehörde: translation „immigration office“ missing',
      "Ausländerbehörde: avoided translation /foreigners'? authority/",
      'Beratungsstelle: translation „counselling service“ missing',
      'Duldung: German term missing',
    ]));
  });
  it('asks for the German term only at the first mention of a page, screen or card', () => {
    const problems = termbaseFindings('ar', [
      seg('Die Duldung endet.', 'ينتهي تعليق الترحيل (Duldung).'),
      seg('Mit der Duldung dürfen Sie bleiben.', 'مع تعليق الترحيل يمكنك البقاء.'),
    ]);
    expect(problems).toEqual([]);
  });
});
