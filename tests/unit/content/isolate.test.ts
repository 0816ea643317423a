import { describe, it, expect } from 'vitest';
import { isolateHtml, isolateText } from '../../../src/content/isolate';

const de = (run: string, nb = true) => `<bdi lang="de" dir="ltr"${nb ? (run.length <= 16 ? ' class="nb nb-any"' : ' class="nb"') : ''}>${run}</bdi>`;

describe('isolateHtml in right-to-left text', () => {
  it("keeps a citation in one German isolate, the sentence's full stop outside", () => {
    expect(isolateHtml('<p>القانون هو § 25a Abs. 1 AufenthG.</p>', { lang: 'ar' })).toBe(`<p>القانون هو ${de('§ 25a Abs. 1 AufenthG')}.</p>`);
  });
  it('isolates the citation of the review ("§ 25 Abs. 5" was shown as "(Abs. 5 25 §)") with its brackets', () => {
    expect(isolateText('مغادرة ألمانيا غير ممكنة (§ 25 Abs. 5)', { lang: 'ar' })).toBe(`مغادرة ألمانيا غير ممكنة ${de('(§ 25 Abs. 5)')}`);
  });
  it('keeps two bracketed German parts apart and a hyphenated compound whole', () => {
    expect(isolateText('حق الإقامة كفرصة (Chancen-Aufenthaltsrecht) (§ 104c)', { lang: 'fa' })).toBe(`حق الإقامة كفرصة ${de('(Chancen-Aufenthaltsrecht)')} ${de('(§ 104c)')}`);
  });
  it('lets long German runs wrap inside their isolate, brackets included (no flipped brackets), keeps "Abs." with its full stop', () => {
    expect(isolateText('(freiheitliche demokratische Grundordnung)', { lang: 'ar' })).toBe(de('(freiheitliche demokratische Grundordnung)', false));
    expect(isolateText('کلمه (Abs.) است', { lang: 'fa' })).toBe(`کلمه ${de('(Abs.)')} است`);
    expect(isolateText('«Abs.» اختصار', { lang: 'ar' })).toBe(`«${de('Abs.')}» اختصار`);
  });
  it('isolates numbers and dates in any digits, but not inside German runs', () => {
    expect(isolateText('بعد 18 شهراً، في 20.06.2027', { lang: 'ar' })).toBe('بعد <bdi>18</bdi> شهراً، في <bdi>20.06.2027</bdi>');
    expect(isolateText('پس از ۱۸ ماه', { lang: 'fa' })).toBe('پس از <bdi>۱۸</bdi> ماه');
    expect(isolateText('دوای ١٢ مانگ', { lang: 'ckb' })).toBe('دوای <bdi>١٢</bdi> مانگ');
  });
  it('does not join a number after a German word unless a citation word comes first', () => {
    expect(isolateText('Duldung 12 شهراً', { lang: 'ar' })).toBe(`${de('Duldung')} <bdi>12</bdi> شهراً`);
  });
  it('leaves markup, attributes, code and already isolated elements alone, and escapes text', () => {
    const html = '<p><a href="../25b/" title="x 1">الطريق (§ 25b)</a> <code>§ 1</code> <a lang="de" dir="ltr" href="#d">Duldung</a> &amp; &lt;b&gt;</p>';
    expect(isolateHtml(html, { lang: 'ar' })).toBe(`<p><a href="../25b/" title="x 1">الطريق ${de('(§ 25b)')}</a> <code>§ 1</code> <a lang="de" dir="ltr" href="#d">Duldung</a> &amp; &lt;${de('b')}&gt;</p>`);
  });
});

describe('isolateHtml in other languages', () => {
  it('marks Latin runs in Russian as German, numbers stay as they are', () => {
    expect(isolateText('Дульдунг (Duldung) по § 25b AufenthG, 12 месяцев', { lang: 'ru' })).toBe(`Дульдунг ${de('(Duldung)')} по ${de('§ 25b AufenthG')}, 12 месяцев`);
  });
  it('marks citations, glossary terms and bracketed German in Latin-script languages', () => {
    const out = isolateText('tolerated status (Duldung) under § 60b AufenthG (für Personen mit ungeklärter Identität), also Duldungen', { lang: 'en', germanTerms: ['Duldung'] });
    expect(out).toBe(`tolerated status ${de('(Duldung)')} under ${de('§ 60b AufenthG')} ${de('(für Personen mit ungeklärter Identität)', false)}, also ${de('Duldungen')}`);
  });
  it('does not take Turkish ö and ü for German', () => {
    expect(isolateText('hoşgörü (Türkçe ünlü)', { lang: 'tr' })).toBe('hoşgörü (Türkçe ünlü)');
  });
  it('keeps German citations on one line in German text', () => {
    expect(isolateText('Nach § 25a Abs. 2 AufenthG gilt', { lang: 'de' })).toBe('Nach <span class="nb">§ 25a Abs. 2 AufenthG</span> gilt');
    expect(isolateHtml('<div lang="de"><p>§ 60b</p></div>', { lang: 'de' })).toBe('<div lang="de"><p><span class="nb nb-any">§ 60b</span></p></div>');
  });
});
