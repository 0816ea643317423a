/**
 * Digits inside texts: each language writes numbers in its one digit system (`numberSystems` in
 * src/i18n/languages.ts: fa and ps Persian ۰–۹, ckb Arabic-Indic ٠–٩, all others 0–9), the same system
 * the dates and numbers formatted by the code use. Left alone, in every language: law citations
 * (§ 25a Abs. 1 AufenthG), Latin tokens (A2, 25a), {{placeholders}}, URLs and link targets, phone
 * numbers, ISO dates, German addresses and Markdown list markers (the list's CSS draws the markers).
 */
import { describe, it, expect } from 'vitest';
import { contentLocales } from '../../../src/content/schemas';
import { numberSystems } from '../../../src/i18n/languages';
import { alignedSegments } from './aligned-texts';

const laws = '(?:AufenthG|AufenthV|AsylG|AsylbLG|BeschV|SchulG NRW|SchulG|BGB|SGB [IVX]+|GG)';
const kept = new RegExp([
  String.raw`\{\{[^}]*\}\}`,
  String.raw`https?://\S+`,
  String.raw`\]\([^)]*\)`,
  String.raw`§§?\s*\d+[a-z]?(?:\s*(?:Abs\.|Satz|S\.|Nr\.|Buchst\.|Anlage)\s*[\dIVX]+[a-z]?)*(?:\s*${laws})?`,
  String.raw`\b(?:Abs\.|Nr\.|S\.|Satz|Anlage)\s*\d+[a-z]?`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\b0\d{2,4}[ /]\d{2,}(?:[-–]\d+)*`,
  String.raw`\p{Lu}\p{Ll}+(?:straße|weg|platz|allee|ring|haus)\s+\d+[a-z]?(?:\s*[-–]\s*\d+)?`,
  String.raw`\b\d{5}\s+\p{Lu}\p{L}+`,
  String.raw`[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+\w*`,
  String.raw`^\s*\d+\.(?=\s)`,
].join('|'), 'gmu');

const digitsOf = { latn: /[0-9]/u, arab: /[\u0660-\u0669]/u, arabext: /[\u06F0-\u06F9]/u } as const;

/** Digits of a system other than the language's, outside the spans kept as they are. */
export function foreignDigits(text: string, lang: keyof typeof numberSystems): string[] {
  const own = numberSystems[lang].digits;
  const rest = text.replace(kept, ' ');
  return (Object.keys(digitsOf) as (keyof typeof digitsOf)[])
    .filter((system) => system !== own && digitsOf[system].test(rest))
    .map((system) => `${system} digits`);
}

describe.each(contentLocales.filter((l) => l !== 'de'))('digits in %s texts', (lang) => {
  it(`are ${numberSystems[lang].digits} only`, () => {
    const wrong = alignedSegments(lang)
      .map((s) => ({ s, found: foreignDigits(s.text, lang) }))
      .filter((x) => x.found.length)
      .map((x) => `${x.s.where}: ${x.found.join(', ')} — ${x.s.text.slice(0, 100)}`);
    expect(wrong).toEqual([]);
  });
});

describe('digit check', () => {
  it('finds Western digits in Persian text but keeps citations, levels and placeholders', () => {
    expect(foreignDigits('مثلاً 27 3 2007.', 'fa')).toEqual(['latn digits']);
    expect(foreignDigits('طبق § 25a Abs. 1 AufenthG در سطح A2، {{count}} ماه: ۱۲', 'fa')).toEqual([]);
    expect(foreignDigits('لانیکەم ١٢ مانگ و ۱۲', 'ckb')).toEqual(['arabext digits']);
    expect(foreignDigits('منذ ١٢ شهراً', 'ar')).toEqual(['arab digits']);
  });
});
