/**
 * Reads the text of built pages (dist/) the way a reader meets it: each piece of text with the language it
 * is marked as (nearest `lang`) and the bidi isolates around it (elements with `dir`, and `<bdi>`). Used by
 * the built-page tests for digits and scripts (digits.spec.ts) and for right-to-left isolation (bidi.spec.ts);
 * tests/unit/built/built-text.test.ts proves the checks find what they should.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** A run of text and what surrounds it. */
export interface TextPiece {
  text: string;
  /** nearest `lang` (the page's for unmarked text) */
  lang: string;
  /** the element chain from <html> down, for messages */
  path: string;
  /**
   * the outermost left-to-right isolate the text sits in without a right-to-left element in between
   * (a number identifying the element), or -1
   */
  ltrIsolate: number;
  /** inside any isolate: `<bdi>`, or an element with `dir` below the nearest right-to-left one */
  isolated: boolean;
  /** from an attribute (aria-label, title, alt, placeholder), not a text node */
  attribute?: string;
}

/** Elements whose text is not prose for a reader of the page's language. */
const skipTags = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'head']);
const readAttributes = ['aria-label', 'title', 'alt', 'placeholder'];

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/**
 * Every text piece under the elements matching `root` (a tag name, e.g. 'main', or 'body').
 * Text nodes are joined per block-free run, so a citation split over inline elements is one piece only if it
 * is in one element; the bidi checks use `flatText` for that.
 */
export function textPieces(html: string, roots: string[] = ['body']): TextPiece[] {
  // scripting off: <noscript> content is read as the elements a reader without JavaScript sees
  const doc = parse(html, { scriptingEnabled: false }) as unknown as Node;
  const out: TextPiece[] = [];
  let ids = 0;
  const walk = (n: Node, lang: string, path: string, ltr: number, isolated: boolean, inRoot: boolean) => {
    const tag = n.tagName;
    if (tag && skipTags.has(tag)) return;
    let here = { lang, ltr, isolated, inRoot };
    if (tag) {
      const id = ++ids;
      const l = attr(n, 'lang');
      const d = attr(n, 'dir') ?? (tag === 'bdi' ? 'auto' : undefined);
      here = {
        lang: l ?? lang,
        // a right-to-left element ends any left-to-right run around it; the outermost ltr element starts one
        ltr: d === 'rtl' ? -1 : d === 'ltr' && ltr === -1 ? id : ltr,
        isolated: d === 'rtl' ? (tag === 'bdi') : d !== undefined ? true : isolated,
        inRoot: inRoot || roots.includes(tag),
      };
      if (here.inRoot) {
        for (const a of readAttributes) {
          const v = attr(n, a);
          if (v) out.push({ text: v, lang: here.lang, path: `${path}>${tag}`, ltrIsolate: here.ltr, isolated: here.isolated, attribute: a });
        }
      }
      path = `${path}>${tag}`;
    }
    if (n.nodeName === '#text' && inRoot && n.value && n.value.trim()) {
      out.push({ text: n.value, lang, path, ltrIsolate: ltr, isolated });
      return;
    }
    for (const c of n.childNodes ?? []) walk(c, here.lang, path, here.ltr, here.isolated, here.inRoot);
  };
  // the document's <html lang dir> sets the starting point
  const htmlEl = (doc.childNodes ?? []).find((c) => c.tagName === 'html');
  const pageLang = htmlEl ? attr(htmlEl, 'lang') ?? '' : '';
  for (const c of doc.childNodes ?? []) walk(c, pageLang, '', -1, false, roots.includes('html'));
  return out;
}

export const pageLangOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';

// ---------- digits and scripts ----------

export const digitSystems = {
  western: /[0-9]/g,
  'arabic-indic': /[\u0660-\u0669]/g,
  persian: /[\u06F0-\u06F9]/g,
} as const;
export type DigitSystem = keyof typeof digitSystems;

/** The one digit system of each language (README, "Digits"): everything else is a mix. */
export function digitSystemOf(lang: string): DigitSystem {
  if (lang === 'fa' || lang === 'ps') return 'persian';
  if (lang === 'ckb') return 'arabic-indic';
  return 'western';
}

const num = '\\d+[a-z]?';
const laws = '(?:SGB\\s+[IVX]+|[A-Z][A-Za-zäöü]*[A-Z](?:\\s+NRW)?)';
const partRe = `(?:Abs\\.|Satz|S\\.|Nr\\.|Anlage)\\s*[\\dIVX]+[a-z]?`;
/** German law citations: "§ 25a Abs. 1 Satz 2 AufenthG", "Art. 6 GG", "Abs. 5" */
export const citation = new RegExp(`(?:(?:§§?|Art\\.)\\s*${num}(?:\\s+${partRe})*|${partRe}(?:\\s+${partRe})*)(?:\\s+${laws})?`, 'g');
/**
 * What is not prose: citations (German, with Western digits everywhere), URLs, e-mail addresses,
 * {{placeholders}}, and codes of Latin letters and digits such as the language levels A2, B1.
 */
const notProse = [citation, /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+/g, /\{\{\s*\w+\s*\}\}/g, /(?<![A-Za-z0-9])[A-Z]{1,3}\d{1,2}(?![A-Za-z0-9])/g];
export const proseOf = (text: string) => notProse.reduce((t, re) => t.replace(re, ' '), text);

export interface Finding {
  page: string;
  lang: string;
  kind: string;
  snippet: string;
}

const snippet = (text: string, at: number) => text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ').trim();

/** Digits of another system than the text's language uses, and Cyrillic letters in Serbian text. */
export function scriptFindings(page: string, pieces: { text: string; lang: string }[]): Finding[] {
  const out: Finding[] = [];
  for (const p of pieces) {
    const lang = p.lang.split('-')[0];
    if (!lang) continue;
    const prose = proseOf(p.text);
    const own = digitSystemOf(lang);
    for (const [system, re] of Object.entries(digitSystems) as [DigitSystem, RegExp][]) {
      if (system === own) continue;
      re.lastIndex = 0;
      const m = re.exec(prose);
      if (m) out.push({ page, lang, kind: `${system} digits in ${lang} text (${lang} uses ${own})`, snippet: snippet(prose, m.index) });
    }
    if (lang === 'sr') {
      const m = /[\u0400-\u04FF]/.exec(prose);
      if (m) out.push({ page, lang, kind: 'Cyrillic in Serbian (Latin) text', snippet: snippet(prose, m.index) });
    }
  }
  return out;
}

/**
 * Every string of a `/i18n/<lang>/<ns>.json` file (the strings islands show, and data such as month or
 * country names, at any depth), as pieces in that language.
 */
export function jsonPieces(json: string, lang: string): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push({ text: v, lang });
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(json));
  return out;
}

// ---------- right-to-left isolation ----------

/**
 * Problems of a right-to-left page's text, from its pieces:
 * - a "§" or a Latin letter outside a left-to-right isolate (the bidi algorithm reorders it with the
 *   surrounding text: "(Abs. 5 25 §)");
 * - German text not marked `lang="de"` (or another Latin-script language) for screen readers and read-aloud;
 * - a citation spread over more than one isolate (two isolates side by side swap places);
 * - a number outside any isolate.
 */
export function bidiFindings(page: string, pieces: TextPiece[], pageLang: string): Finding[] {
  const out: Finding[] = [];
  // the text as one string with, per character, the isolate it sits in: a citation must lie in one
  let flat = '';
  const owner: number[] = [];
  for (const p of pieces) {
    if (p.attribute) continue;
    flat += p.text;
    for (let i = 0; i < p.text.length; i++) owner.push(p.ltrIsolate);
    flat += '\n';
    owner.push(-2);
  }
  citation.lastIndex = 0;
  for (const m of flat.matchAll(citation)) {
    const owners = new Set(owner.slice(m.index!, m.index! + m[0].length).filter((o) => o !== -2));
    if (owners.size !== 1 || owners.has(-1)) out.push({ page, lang: pageLang, kind: 'citation not one left-to-right isolate', snippet: snippet(flat, m.index!) });
  }
  for (const p of pieces) {
    if (p.lang !== pageLang && p.lang.split('-')[0] !== pageLang) {
      // German or other marked text: must be isolated if it is left-to-right inside right-to-left text
      if (p.ltrIsolate === -1 && /[A-Za-z§]/.test(p.text) && !p.attribute) out.push({ page, lang: pageLang, kind: `lang="${p.lang}" text without dir="ltr"`, snippet: snippet(p.text, 0) });
      continue;
    }
    // the site's name alone (one word, no digits) cannot be reordered; it is a name, not German text
    const latin = /[A-Za-z\u00C0-\u024F§]/.exec(p.text.replace(/(?<![\p{L}\p{N}])Bleibeweg(?![\p{L}\p{N}])/gu, ''));
    if (latin && !p.attribute) {
      out.push({ page, lang: pageLang, kind: p.ltrIsolate === -1 ? 'Latin script or § outside a left-to-right isolate' : `Latin script without lang="de"`, snippet: snippet(p.text, latin.index) });
    }
    const digit = /[0-9\u0660-\u0669\u06F0-\u06F9]/.exec(p.text);
    if (digit && !p.isolated && !p.attribute) out.push({ page, lang: pageLang, kind: 'number outside an isolate', snippet: snippet(p.text, digit.index) });
  }
  return out;
}

/** Findings grouped for a failure message: kind → count and a few examples. */
export function summarize(findings: Finding[], examples = 3): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(`${f.lang}: ${f.kind}`, [...(groups.get(`${f.lang}: ${f.kind}`) ?? []), f]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, fs]) => {
    const pages = new Set(fs.map((f) => f.page));
    return `${k}: ${fs.length} on ${pages.size} pages, e.g.\n${fs.slice(0, examples).map((f) => `    ${f.page}  “${f.snippet}”`).join('\n')}`;
  }).join('\n');
}
