/**
 * Render-time pass that links the first occurrence of each German glossary term in an HTML fragment
 * to the glossary page. Pure string work, no DOM: text between tags is scanned, text inside links,
 * headings, code and summaries is left alone. German terms are matched case-sensitively and as whole
 * words, with a short inflection ending allowed (Frist → Fristen), never inside compounds
 * (Duldung does not match in Ausbildungsduldung).
 *
 * @example linkGlossaryTerms('<p>Die Duldung endet.</p>', [{ id: 'duldung', term: 'Duldung' }], (id) => `/de/glossary/#${id}`)
 * // => '<p>Die <a class="gloss" href="/de/glossary/#duldung">Duldung</a> endet.</p>'
 */
export interface LinkTerm {
  id: string;
  term: string;
  forms?: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const skipTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'summary', 'script', 'style']);

/**
 * @param foreign the text is not German: links get lang="de" dir="ltr", so screen readers switch voice
 *   and the German word stays isolated inside right-to-left text.
 */
export function linkGlossaryTerms(html: string, terms: LinkTerm[], hrefFor: (id: string) => string, foreign = false, seen = new Set<string>()): string {
  const attrs = foreign ? ' lang="de" dir="ltr"' : '';
  const byForm = new Map<string, string>();
  for (const t of terms) for (const f of [t.term, ...(t.forms ?? [])]) if (!byForm.has(f)) byForm.set(f, t.id);
  if (byForm.size === 0) return html;
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\-])(${alternatives})(?:e|en|n|s|es)?(?![\\p{L}\\p{N}])`, 'gu');

  let depth = 0; // > 0 while inside a tag whose text must not be linked
  return html.replace(/(<[^>]+>)|([^<]+)/g, (_m, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const m = /^<(\/)?([a-zA-Z0-9]+)/.exec(tag);
      if (m && skipTags.has(m[2].toLowerCase())) depth += m[1] ? -1 : 1;
      if (depth < 0) depth = 0;
      return tag;
    }
    if (depth > 0 || !text) return text ?? '';
    return text.replace(re, (whole: string, form: string) => {
      const id = byForm.get(form)!;
      if (seen.has(id)) return whole;
      seen.add(id);
      return `<a class="gloss" href="${hrefFor(id)}"${attrs}>${whole}</a>`;
    });
  });
}
