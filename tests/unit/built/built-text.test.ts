/**
 * The built-page checks (tests/e2e/support/built-text.ts) find mixed digits, Cyrillic in Serbian and text that
 * right-to-left reordering can scramble, and leave alone what is allowed (German isolates, citations, URLs).
 */
import { describe, it, expect } from 'vitest';
import { textPieces, scriptFindings, bidiFindings, jsonPieces, proseOf } from '../../e2e/support/built-text';

const page = (lang: string, dir: string, body: string) => `<!doctype html><html lang="${lang}" dir="${dir}"><head><title>x</title></head><body><main>${body}</main></body></html>`;
const kinds = (f: { kind: string }[]) => f.map((x) => x.kind);

describe('digits and scripts', () => {
  it('flags Western digits in Persian text, and Persian digits in Arabic', () => {
    expect(kinds(scriptFindings('/fa/', textPieces(page('fa', 'rtl', '<p>پس از 18 ماه</p>'))))).toEqual(['western digits in fa text (fa uses persian)']);
    expect(kinds(scriptFindings('/ar/', textPieces(page('ar', 'rtl', '<p>بعد ۱۸ شهراً</p>'))))).toEqual(['persian digits in ar text (ar uses western)']);
    expect(kinds(scriptFindings('/ckb/', textPieces(page('ckb', 'rtl', '<p>دوای ۱۲ مانگ</p>'))))).toEqual(['persian digits in ckb text (ckb uses arabic-indic)']);
    expect(kinds(scriptFindings('/de/', textPieces(page('de', 'ltr', '<p>am ٢٠.٠٦.٢٠٢٧</p>'))))).toEqual(['arabic-indic digits in de text (de uses western)']);
  });
  it('accepts the own digit system, German isolates, citations, URLs and code', () => {
    const html = page('fa', 'rtl', '<p>پس از ۱۸ ماه (<bdi lang="de" dir="ltr">§ 25a Abs. 1 AufenthG</bdi>) § 60b AufenthG https://example.org/2 <code>x=1</code></p>');
    expect(scriptFindings('/fa/', textPieces(html))).toEqual([]);
    expect(scriptFindings('/ar/', textPieces(page('ar', 'rtl', '<p>بعد 18 شهراً</p>')))).toEqual([]);
  });
  it('reads attributes a reader meets (aria-label, title, alt, placeholder)', () => {
    expect(kinds(scriptFindings('/ps/', textPieces(page('ps', 'rtl', '<button aria-label="ورځ 27">x</button>'))))).toHaveLength(1);
  });
  it('flags Cyrillic in Serbian text but not in a Russian label on a Serbian page', () => {
    expect(kinds(scriptFindings('/sr/', textPieces(page('sr', 'ltr', '<p>pre datuma 20. јун 2027.</p>'))))).toEqual(['Cyrillic in Serbian (Latin) text']);
    expect(scriptFindings('/sr/', textPieces(page('sr', 'ltr', '<a lang="ru" href="/ru/">Русский</a>')))).toEqual([]);
  });
  it('reads island strings from /i18n JSON files, without placeholders', () => {
    expect(kinds(scriptFindings('/i18n/fa/plan.json', jsonPieces('{"a":"{{count}} ماه","b":"تا 20 روز"}', 'fa')))).toHaveLength(1);
    // data files too, at any depth (month names, country lists)
    expect(kinds(scriptFindings('/i18n/sr/x.json', jsonPieces('{"months":["januar","јун"],"n":3,"x":{"y":[{"name":"Srbija"}]}}', 'sr')))).toEqual(['Cyrillic in Serbian (Latin) text']);
    expect(proseOf('{{date}} § 25b Abs. 4 AufenthG')).not.toMatch(/\d/);
    // language levels are codes, also with a Sorani ending attached
    expect(proseOf('لە خوار ئاستی A2دایە، B1')).not.toMatch(/\d/);
    expect(proseOf('له 1 MB')).toMatch(/\d/);
  });
});

describe('right-to-left isolation', () => {
  const check = (body: string) => kinds(bidiFindings('/ar/x/', textPieces(page('ar', 'rtl', body), ['main']), 'ar'));

  it('accepts a citation inside one German isolate, numbers in bdi', () => {
    expect(check('<p>القانون هو <bdi lang="de" dir="ltr">§ 25a Abs. 1 AufenthG</bdi>. بعد <bdi>18</bdi> شهراً</p>')).toEqual([]);
  });
  it('accepts a glossary link inside the isolate', () => {
    expect(check('<p><bdi lang="de" dir="ltr"><a lang="de" dir="ltr" href="#p">§</a> 25a Abs. 2</bdi></p>')).toEqual([]);
  });
  it('flags a bare citation, which shows as "(Abs. 5 25 §)"', () => {
    expect(check('<p>مغادرة ألمانيا غير ممكنة (§ 25 Abs. 5)</p>')).toContain('citation not one left-to-right isolate');
    expect(check('<p>مغادرة ألمانيا غير ممكنة (§ 25 Abs. 5)</p>')).toContain('Latin script or § outside a left-to-right isolate');
  });
  it('flags a citation split over two isolates (they swap places)', () => {
    expect(check('<p><bdi lang="de" dir="ltr">§ 25</bdi> <bdi lang="de" dir="ltr">Abs. 5</bdi></p>')).toEqual(['citation not one left-to-right isolate']);
  });
  it('flags German without lang="de", and German with lang but no direction', () => {
    expect(check('<p><bdi dir="ltr">Duldung</bdi></p>')).toEqual(['Latin script without lang="de"']);
    expect(check('<p><span lang="de">Duldung</span></p>')).toEqual(['lang="de" text without dir="ltr"']);
  });
  it('lets the site name stand alone, but not German beside it', () => {
    expect(check('<p>احفظ Bleibeweg على هاتفك</p>')).toEqual([]);
    expect(check('<p>احفظ Bleibeweg (Duldung)</p>')).toEqual(['Latin script or § outside a left-to-right isolate']);
  });
  it('flags a number outside any isolate', () => {
    expect(check('<p>بعد 18 شهراً</p>')).toEqual(['number outside an isolate']);
  });
  it('treats a German block (dir="ltr") as isolated, and a right-to-left note inside it as page text again', () => {
    expect(check('<div lang="de" dir="ltr"><p>Nach § 25a Abs. 1 AufenthG.</p><p lang="ar" dir="rtl">ملاحظة <bdi>3</bdi></p></div>')).toEqual([]);
    expect(check('<div lang="de" dir="ltr"><p lang="ar" dir="rtl">ملاحظة (Duldung)</p></div>')).toEqual(['Latin script or § outside a left-to-right isolate']);
  });
});
