/**
 * Translation states: a change of a German text flags exactly the translations made from it (UI strings with
 * their plural and gender forms, page sections, glossary explanations, office descriptions); recording them
 * again clears the flag. Works on a small repository copy in a temporary folder, with the real code
 * (src/translation/repo.ts, the same as `npm run i18n:stamp` and `npm run i18n:mark`).
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUnits, writeRecords, orphanRecords } from '../../../src/translation/repo';
import { hashText, stateOf, recordOf, germanSourceOf, germanDisplayOf, markdownParts, partStates } from '../../../src/translation/state';
import { withOutdatedInGerman, outdatedKeys, splitAtH2 } from '../../../src/translation/display';

describe('state of one text', () => {
  it('does not count whitespace as a change', () => {
    expect(hashText('Zwei  Zeilen\nText ')).toBe(hashText('Zwei Zeilen Text'));
    expect(hashText('Zwei Zeilen Text.')).not.toBe(hashText('Zwei Zeilen Text'));
  });
  it('goes unrecorded → machine → outdated (German changed) → edited (translation changed too)', () => {
    expect(stateOf('Hallo', 'Hello', undefined)).toBe('unrecorded');
    const r = recordOf('Hallo', 'Hello');
    expect(stateOf('Hallo', 'Hello', r)).toBe('machine');
    expect(stateOf('Hallo!', 'Hello', r)).toBe('outdated');
    expect(stateOf('Hallo!', 'Hello!', r)).toBe('edited');
    expect(stateOf('Hallo', 'Hello', recordOf('Hallo', 'Hello', 'human'))).toBe('current');
  });
  it('finds the German source of plural and gender forms German does not have', () => {
    const de = { n_one: 'eine Frage', n_other: '{{count}} Fragen', who: 'Wann kam {{name}}?', who_female: 'Wann kam sie?' };
    expect(germanSourceOf('n_few', de)).toBe('eine Frage\n{{count}} Fragen');
    expect(germanSourceOf('n_one', de)).toBe('eine Frage\n{{count}} Fragen');
    expect(germanSourceOf('who_male', de)).toBe('Wann kam {{name}}?');
    expect(germanSourceOf('who_female', de)).toBe('Wann kam sie?');
    expect(germanSourceOf('gone', de)).toBeUndefined();
    expect(germanDisplayOf('n_few', de)).toBe('{{count}} Fragen');
    expect(germanDisplayOf('n_one', de)).toBe('eine Frage');
  });
  it('splits a page into the intro and its ## sections, in markdown and in HTML alike', () => {
    const parts = markdownParts('Titel', 'Kurz', 'Intro.\n\n## Eins\nText 1\n\n## Zwei\nText 2\n');
    expect(parts).toHaveLength(3);
    expect(splitAtH2('<p>Intro.</p><h2 id="eins">Eins</h2><p>1</p><h2 id="zwei">Zwei</h2><p>2</p>')).toHaveLength(3);
    expect(splitAtH2('<h2>Eins</h2><p>1</p>')).toEqual(['', '<h2>Eins</h2><p>1</p>']);
    const records = parts.map((p) => recordOf(p, p));
    const changed = [parts[0], parts[1], `${parts[2]} neu`];
    expect(partStates(changed, parts, records)).toEqual(['machine', 'machine', 'outdated']);
    expect(partStates([...parts, '## Drei'], parts, records)).toEqual(['outdated', 'outdated', 'outdated']);
  });
});

describe('a German change flags exactly its translations', () => {
  let root: string;
  const write = (file: string, content: unknown) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  };
  const page = (title: string, summary: string, body: string) => `---\ntitle: "${title}"\nsummary: "${summary}"\nasOf: 2026-11-28\norder: 1\nreviewed: false\nsources:\n  - cite: "§ 1 AufenthG"\n    url: "https://example.org/"\n---\n${body}`;
  const langs = ['ar', 'fa'];
  const outdated = () => readUnits(root, langs).filter((u) => u.state === 'outdated').map((u) => `${u.lang} ${u.id}`).sort();
  const stamp = () => writeRecords(root, readUnits(root, langs), (u) => u.state === 'unrecorded' || u.state === 'edited', 'machine');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'translation-state-'));
    write('locales/de/common.json', { a: { hello: 'Hallo', bye: 'Tschüss' }, n_one: 'eine Frage', n_other: '{{count}} Fragen' });
    write('locales/ar/common.json', { a: { hello: 'مرحبا', bye: 'وداعا' }, n_zero: 'لا أسئلة', n_one: 'سؤال', n_few: '{{count}} أسئلة', n_other: '{{count}} سؤال' });
    write('locales/fa/common.json', { a: { hello: 'سلام', bye: 'خداحافظ' }, n_one: 'یک سؤال', n_other: '{{count}} سؤال' });
    write('content/routes/de/x.md', page('Titel', 'Kurz und klar.', 'Intro.\n\n## Eins\nText eins.\n\n## Zwei\nText zwei.\n'));
    for (const l of langs) write(`content/routes/${l}/x.md`, page(`عنوان ${l}`, 'مختصر.', 'مقدمة.\n\n## واحد\nنص واحد.\n\n## اثنان\nنص اثنان.\n'));
    write('content/glossary/de.json', { terms: [{ id: 'frist', term: 'Frist', explanation: 'Eine Zeit, bis wann.' }] });
    for (const l of langs) write(`content/glossary/${l}.json`, { terms: [{ id: 'frist', term: 'Frist', explanation: `مهلة ${l}` }] });
    write('content/offices/city.json', { offices: [{ id: 'o', description: { de: 'Beratung für alle.', ar: 'استشارة للجميع.' } }] });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('records everything once; then nothing is outdated or unrecorded', () => {
    expect(readUnits(root, langs).every((u) => u.state === 'unrecorded')).toBe(true);
    stamp();
    const units = readUnits(root, langs);
    expect(units.map((u) => u.state).every((s) => s === 'machine')).toBe(true);
    expect(units.length).toBe(2 + 4 + 2 + 2 + 3 * 2 + 2 + 1); // ar strings (2 + 4 plural), fa (2 + 2), pages 3 parts × 2, terms, office
    expect(readFileSync(join(root, 'content/routes/ar/x.md'), 'utf8')).toMatch(/^order: 1\ntranslation:\n {2}- "[0-9a-f]{10} [0-9a-f]{10}"$/m);
  });

  it('a changed German string flags it in every language, and only it', () => {
    stamp();
    write('locales/de/common.json', { a: { hello: 'Hallo!', bye: 'Tschüss' }, n_one: 'eine Frage', n_other: '{{count}} Fragen' });
    expect(outdated()).toEqual(['ar common:a.hello', 'fa common:a.hello']);
  });

  it('a changed German plural form flags all plural forms of the key, Arabic ones German lacks included', () => {
    stamp();
    write('locales/de/common.json', { a: { hello: 'Hallo', bye: 'Tschüss' }, n_one: 'eine Frage', n_other: '{{count}} offene Fragen' });
    expect(outdated()).toEqual(['ar common:n_few', 'ar common:n_one', 'ar common:n_other', 'ar common:n_zero', 'fa common:n_one', 'fa common:n_other']);
  });

  it('a changed German section flags that section of each translated page, and a changed explanation its terms', () => {
    stamp();
    write('content/routes/de/x.md', page('Titel', 'Kurz und klar.', 'Intro.\n\n## Eins\nText eins, jetzt anders.\n\n## Zwei\nText zwei.\n'));
    write('content/glossary/de.json', { terms: [{ id: 'frist', term: 'Frist', explanation: 'Eine Zeit. Bis dahin müssen Sie handeln.' }] });
    write('content/offices/city.json', { offices: [{ id: 'o', description: { de: 'Kostenlose Beratung für alle.', ar: 'استشارة للجميع.' } }] });
    expect(outdated()).toEqual(['ar glossary:frist', 'ar offices:o', 'ar routes/x#1', 'fa glossary:frist', 'fa routes/x#1']);
  });

  it('re-recording clears the flag: a translator marks it, or a new translation is stamped', () => {
    stamp();
    write('locales/de/common.json', { a: { hello: 'Hallo!', bye: 'Tschüss' }, n_one: 'eine Frage', n_other: '{{count}} Fragen' });
    // ar: a translator checks the old translation and marks it as fitting today's German
    writeRecords(root, readUnits(root, ['ar']), (u) => u.id === 'common:a.hello', 'human');
    // fa: a new translation; stamp records it because it changed together with the German
    write('locales/fa/common.json', { a: { hello: 'سلام!', bye: 'خداحافظ' }, n_one: 'یک سؤال', n_other: '{{count}} سؤال' });
    expect(readUnits(root, ['fa']).find((u) => u.id === 'common:a.hello')?.state).toBe('edited');
    stamp();
    expect(outdated()).toEqual([]);
    const hello = readUnits(root, langs).filter((u) => u.id === 'common:a.hello').map((u) => `${u.lang} ${u.state}`);
    expect(hello).toEqual(['ar current', 'fa machine']);
  });

  it('stamp leaves outdated texts outdated, and drops records of removed keys', () => {
    stamp();
    write('locales/de/common.json', { a: { hello: 'Hallo!' }, n_one: 'eine Frage', n_other: '{{count}} Fragen' });
    write('locales/ar/common.json', { a: { hello: 'مرحبا' }, n_zero: 'لا أسئلة', n_one: 'سؤال', n_few: '{{count}} أسئلة', n_other: '{{count}} سؤال' });
    // fa still has a.bye, but German does not: its record goes too (the i18n test reports the key)
    expect(orphanRecords(root, readUnits(root, langs), langs)).toEqual(['ar common:a.bye', 'fa common:a.bye']);
    stamp();
    expect(orphanRecords(root, readUnits(root, langs), langs)).toEqual([]);
    expect(outdated()).toEqual(['ar common:a.hello', 'fa common:a.hello']);
  });
});

describe('pages show the German for outdated strings', () => {
  const resources = {
    de: { common: { translationState: { pending: 'Übersetzung folgt' }, a: { hello: 'Hallo!', bye: 'Tschüss' } } },
    ar: { common: { translationState: { pending: 'الترجمة قيد التحديث' }, a: { hello: 'مرحبا', bye: 'وداعا' } } },
  };
  const records = { strings: { common: {
    'a.hello': `machine ${hashText('Hallo')} ${hashText('مرحبا')}`,
    'a.bye': `machine ${hashText('Tschüss')} ${hashText('وداعا')}`,
  } } };

  it('replaces exactly the outdated strings by the isolated German with a marker', () => {
    expect(outdatedKeys({ 'a.hello': 'مرحبا', 'a.bye': 'وداعا' }, { 'a.hello': 'Hallo!', 'a.bye': 'Tschüss' }, records.strings.common)).toEqual(['a.hello']);
    const shown = withOutdatedInGerman(resources, (lang) => (lang === 'ar' ? records : {}));
    expect(shown.ar.common.a).toEqual({ hello: '\u2066Hallo!\u2069 (الترجمة قيد التحديث)', bye: 'وداعا' });
    expect(shown.de).toBe(resources.de);
  });
  it('leaves unrecorded strings as they are (a test asks for their records instead)', () => {
    expect(withOutdatedInGerman(resources, () => ({})).ar.common.a.hello).toBe('مرحبا');
  });
});
