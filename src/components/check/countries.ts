/**
 * The nationality question's answers for the check UI: country names in the page language (CLDR, via
 * `/i18n/<lang>/countries.json`, fetched once per language and kept for the page's life; offline from
 * the language's pack), the frequent Duldung nationalities first, and the two answers of the household
 * contract v1.1 that are not countries.
 *
 * Call `useCountries(lang)` where the question is shown (or `loadCountries(lang)` early to have it ready);
 * show `common` and `all` as two groups (e.g. `<optgroup>`, labels `nationality.common` / `nationality.all`),
 * then `nationalityAnswers` (labels `nationality.stateless` / `nationality.unclear`, group `nationality.other`).
 */
import { useEffect, useState } from 'react';
import type { Country, CountryList } from '../../i18n/countries';
import { nationalityWithout } from '../../rules/facts';

export type { Country, CountryList };

/** Nationality values besides ISO codes (contract household-v1.1, the household model's list): no nationality; not established ("ungeklärt"). */
export const nationalityAnswers = nationalityWithout;

const cache = new Map<string, Promise<CountryList>>();

export function loadCountries(lang: string): Promise<CountryList> {
  let list = cache.get(lang);
  if (!list) {
    list = fetch(`/i18n/${lang}/countries.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(({ common, all }: { common: string[]; all: [string, string][] }) => {
        const names = new Map(all);
        return { common: common.map((code) => ({ code, name: names.get(code)! })), all: all.map(([code, name]) => ({ code, name })) };
      });
    list.catch(() => cache.delete(lang)); // a later call tries again
    cache.set(lang, list);
  }
  return list;
}

/** The list for `lang` (null: none wanted), 'loading' until it is there, 'failed' if it could not be fetched. */
export function useCountries(lang: string | null): CountryList | 'loading' | 'failed' | null {
  const [state, setState] = useState<{ lang: string; list: CountryList | 'failed' } | null>(null);
  useEffect(() => {
    if (!lang) return;
    let live = true;
    loadCountries(lang).then((list) => live && setState({ lang, list }), () => live && setState({ lang, list: 'failed' }));
    return () => { live = false; };
  }, [lang]);
  if (!lang) return null;
  return state?.lang === lang ? state.list : 'loading';
}

/** A nationality's name from a loaded list (countries only; the two other answers have their own strings). */
export function countryName(list: CountryList | null, code: string): string | undefined {
  return list?.all.find((c) => c.code === code)?.name;
}
