/**
 * Plain-language check for the German reference texts (Einfache Sprache): per file the mean sentence
 * length must be at most 12 words, and no sentence may be longer than 20 words. Law citations
 * (§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG), URLs and addresses are removed before counting.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MAX_MEAN = 12;
const MAX_SENTENCE = 20;
const dirs = ['content/routes/de', 'content/basics/de'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => join(d, f)));

const laws = '(?:AufenthG|AufenthV|AsylG|AsylbLG|BeschV|SchulG NRW|SchulG|VwVfG|SGB [IVX]+|GG)';
const citation = new RegExp(`§§?\\s*\\d+[a-z]?(?:\\s*(?:Abs\\.|Satz|S\\.|Nr\\.|Buchst\\.|Anlage)\\s*[\\dIVX]+[a-z]?)*(?:\\s+${laws})?`, 'g');
const abbreviations = /\b(?:z\. ?B|d\. ?h|u\. ?a|bzw|usw|ca|ggf|Abs|Nr|Str|e\. ?V|Dr|Tel)\./g;

/** Markdown → plain text units: one per paragraph line, list item or heading (without its marker). */
export function textUnits(markdown: string): { text: string; heading: boolean }[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ heading: line.startsWith('#'), text: line }))
    .map(({ heading, text }) => ({
      heading,
      text: text
        .replace(/^#+\s*/, '')
        .replace(/^(?:[-*+]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\b\d{5}\s+\p{Lu}\p{L}+/gu, ' ') // postcode + city
        .replace(/\p{Lu}\p{L}*(?:straße|weg|platz|allee|ring)\s+\d+[a-z]?(?:[-–]\d+)?/gu, ' ') // street + number
        .replace(citation, ' ')
        .replace(abbreviations, ' ')
        .replace(/[*_`>]/g, '')
        .replace(/\s+([.!?,;:])/g, '$1'),
    }));
}

/** Splits a unit into sentences at . ! ? (not after a digit, so "27. Geburtstag" stays whole). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[^\d\s][.!?]["“”»«]?)\s+/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('German texts are in Einfache Sprache', () => {
  it('finds the German route and basics files', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  it.each(files)('%s', (file) => {
    const units = textUnits(readFileSync(file, 'utf8'));
    const all = units.flatMap((u) => sentences(u.text).map((s) => ({ s, heading: u.heading, n: words(s) })));
    const body = all.filter((x) => !x.heading);
    const mean = body.reduce((sum, x) => sum + x.n, 0) / body.length;
    const long = all.filter((x) => x.n > MAX_SENTENCE).map((x) => `${x.n} words: ${x.s}`);
    expect(long, 'sentences over 20 words').toEqual([]);
    expect(mean, `mean sentence length in ${file}`).toBeLessThanOrEqual(MAX_MEAN);
  });
});
