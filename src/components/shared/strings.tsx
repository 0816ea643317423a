/**
 * Strings for the check islands: the page language's strings come as props; in caseworker mode a
 * second language's strings are fetched from this site (`/i18n/<lang>/<ns>.json`) and shown next to them.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { translator, type Strings, type Vars } from '../../i18n/format';

export interface Lang { code: string; label: string; dir: 'ltr' | 'rtl' }

export interface StringsValue {
  lang: Lang;
  t: (key: string, vars?: Vars) => string;
  second: { lang: Lang; t: (key: string, vars?: Vars) => string } | null;
}

const Ctx = createContext<StringsValue | null>(null);

export function useStrings(): StringsValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useStrings outside StringsProvider');
  return v;
}

export function StringsProvider({ value, children }: { value: StringsValue; children: ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

const cache = new Map<string, Promise<Strings>>();

/** One language's strings of a namespace from this site (precached for offline use), once per page. */
function loadStrings(code: string, ns: string): Promise<Strings> {
  const key = `${code}/${ns}`;
  if (!cache.has(key)) {
    const loading = fetch(`/i18n/${code}/${ns}.json`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return cache.get(key)!;
}

type Loaded = { strings: Strings; status: 'loading' | 'ready' | 'failed' };
const loading = (initial: Strings): Loaded => ({ strings: initial, status: 'loading' });
const settle = (result: PromiseSettledResult<Strings>, initial: Strings): Loaded =>
  result.status === 'fulfilled' ? { strings: { ...initial, ...result.value }, status: 'ready' } : { strings: initial, status: 'failed' };

/**
 * The page language's full strings for islands whose texts are too many to inline in the HTML (check,
 * result, plan): the page inlines only what it shows before they arrive. With `germanInitial`, German's
 * strings (printed beside them) are loaded too, and both arrive together so the island renders once.
 */
export function usePageStringsWithGerman(code: string, ns: string, initial: Strings, germanInitial: Strings | null) {
  const [state, setState] = useState<{ page: Loaded; german: Loaded | null }>({ page: loading(initial), german: germanInitial && loading(germanInitial) });
  useEffect(() => {
    let live = true;
    const german = germanInitial ? loadStrings('de', ns) : Promise.resolve({});
    Promise.allSettled([loadStrings(code, ns), german]).then(([own, de]) => {
      if (!live) return;
      // every text of the island changes at once: rendered as a transition, in slices that keep the page responsive
      startTransition(() => setState({ page: settle(own, initial), german: germanInitial && settle(de, germanInitial) }));
    });
    return () => { live = false; };
  }, [code, ns, initial, germanInitial]);
  return state;
}

/** The page language's full strings (see usePageStringsWithGerman). */
export function usePageStrings(code: string, ns: string, initial: Strings): Loaded {
  return usePageStringsWithGerman(code, ns, initial, null).page;
}

/** Loads one language's strings of a namespace, once per page. */
export function useSecondStrings(code: string | null, ns: string) {
  const [state, setState] = useState<{ code: string; strings: Strings } | 'loading' | 'failed' | null>(null);
  useEffect(() => {
    if (!code) return setState(null);
    let live = true;
    setState('loading');
    loadStrings(code, ns).then(
      (strings) => live && setState({ code, strings }),
      () => live && setState('failed'),
    );
    return () => { live = false; };
  }, [code, ns]);
  return state;
}

export function makeT(strings: Strings, lang: string) {
  return translator(strings, lang);
}

/**
 * One string in the page language and, in caseworker mode, the same string in the second language,
 * each marked with its own language and direction.
 */
export function Pair({ k, vars, as: Tag = 'span' }: { k: string; vars?: Vars; as?: 'span' | 'div' }) {
  const { t, second } = useStrings();
  if (!second) return <>{t(k, vars)}</>;
  return (
    <Tag className="pair">
      <Tag className="pair-first">{t(k, vars)}</Tag>
      <Tag className="pair-second" lang={second.lang.code} dir={second.lang.dir}>{second.t(k, vars)}</Tag>
    </Tag>
  );
}

/**
 * Caseworker mode's second language, shared by the check and result islands: the chosen code is kept on
 * this device (not personal data) and its strings are loaded from this site.
 */
export function useCaseworkerLanguage(languages: Lang[], ns: string) {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => setCode(localStorage.getItem('bleibeweg:caseworker-lang')), []);
  const status = useSecondStrings(code, ns);
  const loaded = status && typeof status === 'object' ? status : null;
  const lang = loaded ? languages.find((l) => l.code === loaded.code) ?? null : null;
  const second = loaded && lang ? { lang, t: makeT(loaded.strings, lang.code) } : null;
  function choose(next: string | null) {
    setCode(next);
    if (next) localStorage.setItem('bleibeweg:caseworker-lang', next);
    else localStorage.removeItem('bleibeweg:caseworker-lang');
  }
  return { code, choose, status, second };
}
