import { describe, it, expect } from 'vitest';
import { linkGlossaryTerms } from '../../../src/content/glossary-link';

const terms = [
  { id: 'duldung', term: 'Duldung' },
  { id: 'ausbildungsduldung', term: 'Ausbildungsduldung' },
  { id: 'frist', term: 'Frist' },
  { id: 'unclear', term: 'Duldung für Personen mit ungeklärter Identität', forms: ['für Personen mit ungeklärter Identität'] },
];
const href = (id: string) => `/de/glossary/#${id}`;

describe('linkGlossaryTerms', () => {
  it('links only the first occurrence of a term', () => {
    expect(linkGlossaryTerms('<p>Die Duldung und die Duldung.</p>', terms, href)).toBe(
      '<p>Die <a class="gloss" href="/de/glossary/#duldung">Duldung</a> und die Duldung.</p>',
    );
  });
  it('does not match inside compounds, but allows inflection endings', () => {
    const out = linkGlossaryTerms('<p>Eine Ausbildungsduldung. Achten Sie auf Fristen.</p>', terms, href);
    expect(out).toContain('<a class="gloss" href="/de/glossary/#ausbildungsduldung">Ausbildungsduldung</a>');
    expect(out).toContain('<a class="gloss" href="/de/glossary/#frist">Fristen</a>');
    expect(out).not.toContain('#duldung"');
  });
  it('prefers the longest term', () => {
    const out = linkGlossaryTerms('<p>Eine Duldung für Personen mit ungeklärter Identität.</p>', terms, href);
    expect(out).toContain('#unclear">Duldung für Personen mit ungeklärter Identität</a>');
  });
  it('leaves headings, links and code alone', () => {
    const html = '<h2>Duldung</h2><p><a href="/x">Duldung</a> <code>Frist</code></p><p>Frist</p>';
    expect(linkGlossaryTerms(html, terms, href)).toBe(
      '<h2>Duldung</h2><p><a href="/x">Duldung</a> <code>Frist</code></p><p><a class="gloss" href="/de/glossary/#frist">Frist</a></p>',
    );
  });
  it('marks German terms in other languages with lang and dir', () => {
    expect(linkGlossaryTerms('<p>a deadline (Frist)</p>', terms, href, true)).toContain('lang="de" dir="ltr">Frist</a>');
  });
});
