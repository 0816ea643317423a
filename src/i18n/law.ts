/**
 * Legal numbers in texts come from the parameter file (src/rules/law/parameters.ts), so that twelve
 * languages cannot state old law: a string writes `{{law.r25a.minAge}}` and `fillLaw` puts in the value in
 * force on the legal reference's review day, in the language's digits (numberSystems in languages.ts). Numbers only: dates in running text stay in each language's own grammar.
 * @example fillLaw('Mindestens {{law.r25a.minAge}} Jahre alt', 'fa') // 'Mindestens ۱۴ Jahre alt'
 */
import { law } from '../rules/law';
import { legalState } from '../rules/law/open-points';
import { numberSystems } from './languages';

const placeholder = /\{\{\s*law\.([\w.]+)\s*\}\}/g;

function valueAt(path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), law(legalState.reviewedOn));
}

export function fillLaw(text: string, lang: string): string {
  return text.replace(placeholder, (whole, path: string) => {
    const value = valueAt(path);
    if (typeof value !== 'number') throw new Error(`${whole}: no numeric legal parameter law.${path} (src/rules/law/parameters.ts)`);
    const digits = numberSystems[lang as keyof typeof numberSystems]?.digits ?? 'latn';
    return new Intl.NumberFormat(`${lang}-u-nu-${digits}`, { useGrouping: false }).format(value);
  });
}

type Dict = { [key: string]: string | Dict };

/** Every string of a namespace with its legal numbers filled in. */
export function fillLawIn<T extends Dict>(dict: T, lang: string): T {
  return Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, typeof v === 'string' ? fillLaw(v, lang) : fillLawIn(v, lang)])) as T;
}
