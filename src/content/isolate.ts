/**
 * Render-time pass that keeps German citations, German terms, numbers and dates in one piece inside text of
 * another language (pure string work on an HTML fragment, like glossary-link.ts; text inside code, pre,
 * script, style and inside elements that already set `dir` is left alone).
 *
 * - Right-to-left languages (ar, fa, ps, ckb): every run of Latin script ("§ 25a Abs. 2 AufenthG",
 *   "Soll-Regel", "Ausländerbehörde") becomes `<bdi lang="de" dir="ltr">`, every number or date
 *   ("18", "20.06.2027", "۱۴") a `<bdi>`: the bidi algorithm can then no longer turn "§ 25 Abs. 5" into
 *   "(Abs. 5 25 §)" or flip the brackets around a German term.
 * - Cyrillic (ru): every run of Latin script is German: `lang="de"` for screen readers and read-aloud.
 * - Latin-script languages (en, tr, kmr, sq, sr, fr): citations, German glossary terms, and bracketed text
 *   with German letters (ä ö ü ß; not for Turkish, which has ö and ü) get `lang="de"`.
 * - German (de): citations only, in `<span class="nb">`, so that "§ 25a Abs. 2" never breaks across lines.
 * Short German runs (≤ 28 characters, brackets included) get `class="nb"`: they do not break across lines (a hyphenated compound
 * such as "Chancen-Aufenthaltsrecht" stays whole; see global.css); in headings only the shortest (`nb-any`, ≤ 16:
 * citations such as "(§ 25 Abs. 5)") keep that, so that a long compound cannot push a phone page wider.
 *
 * @example isolateHtml('<p>القانون هو § 25a Abs. 1 AufenthG.</p>', { lang: 'ar' })
 * // => '<p>القانون هو <bdi lang="de" dir="ltr" class="nb">§ 25a Abs. 1 AufenthG</bdi>.</p>'
 */
import { dirOf, isLocale } from '../i18n/languages';

export interface IsolateOptions {
  /** language of the text */
  lang: string;
  /** German terms (and forms) to mark in Latin-script languages, e.g. the glossary's */
  germanTerms?: readonly string[];
}

const L = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
const D = '0-9';
const word = `[${L}][${L}${D}]*(?:[.@\\-\\u2011'\u2019][${L}${D}]+)*`;
const number = `[${D}]+(?:[.,:][${D}]+)*[a-z]?`;
/** after these, a number belongs to the German run ("Abs. 5", "§ 25a", "Satz 1") */
const citeWord = '(?:§§?|Abs\\.|Satz|S\\.|Nr\\.|Art\\.|lit\\.|Anlage)';
/**
 * A run of Latin script: it starts with § or a word and goes on over spaces, hyphens and slashes to more words;
 * numbers join it only after a citation word or a hyphen/slash ("§ 25a Abs. 1 AufenthG", "Soll-Regel").
 */
const latinRun = `(?:§§?|${word})(?:\\.?[ \\u00A0]+(?:§§?|${word}|(?<=${citeWord}[ \\u00A0]+)${number})|[\\-\\u2011/](?:${word}|${number}))*`;
/** "18", "20.06.2027", "25a" (a number with a letter is German: "§ 25a" without its §) */
const asciiNumber = `[${D}]+(?:[.,:/\\-\\u2013][${D}]+)*[a-z]?(?![\\p{L}])`;
const nativeNumber = '[\\u0660-\\u0669\\u06F0-\\u06F9]+(?:[.,:/\\u066B\\u066C\\-\\u2013][\\u0660-\\u0669\\u06F0-\\u06F9]+)*';
/** abbreviations whose full stop belongs to them even at the end of a run */
const abbreviations = new Set(['Abs', 'Nr', 'Art', 'S', 'bzw', 'ggf', 'usw', 'ca', 'Str', 'z.B', 'd.h', 'u.a', 'lit']);

const num = `\\d+[a-z]?`;
const law = `(?:SGB[ \\u00A0]+[IVX]+|[A-Z][A-Za-zäöü]*[A-Z](?:[ \\u00A0]+NRW)?)`;
const part = `(?:Abs\\.|Satz|S\\.|Nr\\.)[ \\u00A0]*${num}`;
/** a German law citation: "§ 25a Abs. 1 Satz 2 AufenthG", "Art. 6 GG", "Abs. 5" */
export const citationSource = `(?:(?:§§?|Art\\.)[ \\u00A0]*${num}(?:[ \\u00A0]+${part})*|${part}(?:[ \\u00A0]+${part})*)(?:[ \\u00A0]+${law})?`;

const skipTags = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'svg', 'math', 'textarea', 'bdi', 'time']);
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return named[e.toLowerCase()] ?? whole;
  });
}
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `nb`: no line break inside (≤ 28 characters); `nb nb-any`: not even in a large heading (≤ 16, e.g. "(§ 25 Abs. 5)") */
const german = (run: string) => `<bdi lang="de" dir="ltr"${run.length <= 16 ? ' class="nb nb-any"' : run.length <= 28 ? ' class="nb"' : ''}>${escapeHtml(run)}</bdi>`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Kind = 'rtl' | 'cyrillic' | 'latin' | 'german';
function kindOf(lang: string): Kind | undefined {
  if (lang === 'de') return 'german';
  if (!isLocale(lang)) return undefined;
  if (dirOf(lang) === 'rtl') return 'rtl';
  return lang === 'ru' ? 'cyrillic' : 'latin';
}

const cache = new Map<string, (text: string) => string>();

/** The text pass for one language: plain text in, HTML out (everything escaped, the runs wrapped). */
function textPass(lang: string, kind: Kind, terms: readonly string[]): (text: string) => string {
  const cacheKey = `${lang}\u0000${terms.join('\u0000')}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let re: RegExp;
  if (kind === 'german') {
    re = new RegExp(citationSource, 'gu');
  } else if (kind === 'latin') {
    const termAlternatives = [...terms].filter((t) => /^\p{L}/u.test(t)).sort((a, b) => b.length - a.length).map(escapeRe).join('|');
    const umlautBrackets = lang === 'tr' ? '' : `|(?<=\\()[^()]*[äöüßÄÖÜ][^()]*(?=\\))`;
    const termPart = termAlternatives ? `|(?<![\\p{L}\\p{N}\\-])(?:${termAlternatives})(?:e|en|n|s|es)?(?![\\p{L}\\p{N}])` : '';
    re = new RegExp(`(?:${citationSource})${umlautBrackets}${termPart}`, 'gu');
  } else {
    re = new RegExp(`(${latinRun})|${asciiNumber}|${nativeNumber}`, 'gu');
  }
  const pass = (text: string) => {
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      let run = m[0];
      const start = m.index!;
      if (start < last) continue;
      let before = text.slice(last, start);
      let end = start + run.length;
      if (kind === 'german') {
        out.push(escapeHtml(before), `<span class="${run.length <= 16 ? 'nb nb-any' : 'nb'}">${escapeHtml(run)}</span>`);
      } else if (kind === 'latin' || /[\p{L}§]/u.test(run)) {
        // the run stops before a full stop (the end of a sentence stays outside), except after "Abs." and the like
        const lastWord = /[\p{L}.]+$/u.exec(run)?.[0] ?? '';
        if (text[end] === '.' && abbreviations.has(lastWord)) { run += '.'; end++; }
        // brackets right around the German go inside its isolate: they are German punctuation then, and a
        // run that wraps reads "(freiheitliche demokratische" / "Grundordnung)", not with flipped brackets
        if (before.endsWith('(') && text[end] === ')') { before = before.slice(0, -1); run = `(${run})`; end++; }
        out.push(escapeHtml(before), german(run));
      } else {
        // a number or date: isolated in right-to-left text, left as it is in Cyrillic
        out.push(escapeHtml(before), kind === 'rtl' ? `<bdi>${escapeHtml(run)}</bdi>` : escapeHtml(run));
      }
      last = end;
    }
    out.push(escapeHtml(text.slice(last)));
    return out.join('');
  };
  cache.set(cacheKey, pass);
  return pass;
}

/** Isolates German and numbers in the text of an HTML fragment (attributes and markup stay as they are). */
export function isolateHtml(html: string, { lang, germanTerms = [] }: IsolateOptions): string {
  const kind = kindOf(lang);
  if (!kind) return html;
  const pass = textPass(lang, kind, germanTerms);
  const open: { name: string; isolated: boolean }[] = [];
  return html.replace(/(<!--[\s\S]*?-->|<[^>]*>)|([^<]+)/g, (_m, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const m = /^<(\/)?([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(\/)?>$/.exec(tag);
      if (!m) return tag;
      const [, closing, rawName, attrs, selfClosing] = m;
      const name = rawName.toLowerCase();
      if (voidTags.has(name) || selfClosing) return tag;
      if (closing) {
        const i = open.map((o) => o.name).lastIndexOf(name);
        if (i >= 0) open.splice(i);
        return tag;
      }
      const german = kind !== 'german' && (/\sdir\s*=/.test(attrs) || /\slang\s*=\s*["']?de\b/.test(attrs));
      open.push({ name, isolated: skipTags.has(name) || german });
      return tag;
    }
    if (!text || open.some((o) => o.isolated)) return text ?? '';
    return pass(decode(text));
  });
}

/** A plain string (e.g. a UI string or a frontmatter title) as HTML with its German parts and numbers isolated. */
export function isolateText(text: string, options: IsolateOptions): string {
  const kind = kindOf(options.lang);
  return kind ? textPass(options.lang, kind, options.germanTerms ?? [])(text) : escapeHtml(text);
}
