/**
 * `npm run cldr`: makes the small language data files in src/i18n/cldr/ from the Unicode CLDR JSON
 * packages (month names and date patterns, country names in each language's collation order), and
 * checks the digit systems written down in src/i18n/languages.ts against CLDR.
 *
 * The packages are 177 MB (7,780 files) and change once or twice a year, so they are not dependencies
 * of the project (they would add 10–20 s to every `npm ci`): this script installs the pinned versions
 * into a temporary folder, reads the few files of our 12 languages and deletes the folder again.
 * `CLDR_DIR=/path/to/node_modules npm run cldr` uses packages already on disk instead.
 *
 * The output is deterministic (same packages → same files) and committed; re-run it after changing
 * CLDR_VERSION or a language's `cldr` locale, and review the diff.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languages, numberSystems } from '../src/i18n/languages';

const CLDR_VERSION = '48.2.0';
const packages = ['cldr-dates-full', 'cldr-localenames-full', 'cldr-numbers-full'];
const out = 'src/i18n/cldr';

/**
 * Territories offered as nationalities: the ISO 3166-1 states, plus Kosovo (XK, CLDR's code), Palestine
 * (PS) and Taiwan (TW) whose passports the foreigners authorities record; no dependent territories or
 * regions (CLDR also names "Europe", "EU", "Outlying Oceania" …). Same list as before CLDR (Intl).
 */
const nationalityCodes = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI KH CM CA CV CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR XK KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PS PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TW TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VA VE VN YE ZM ZW'
).split(' ');
/** CLDR's short names where the long one is not what a passport or a person says ("Palestinian Territories"). */
const preferShort = new Set(['PS']);

/**
 * Sorani (ckb) has no collation in Node's or Chromium's ICU; CLDR's root order is close but puts ڕ after
 * ز ("ڕووسیا", Russia, among the Z countries). The Sorani alphabet order instead (as in MediaWiki's
 * CentralKurdishUppercaseCollation, from Sorani speakers' feedback in phabricator T310051), with ك/ک,
 * ه/ھ and ي/ی as one letter; anything else sorts after the letters, spaces first.
 */
const soraniAlphabet = 'ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش ع غ ف ڤ ق کك گ ل ڵ م ن ھه ە و ۆ یي ێ'.split(' ');
function soraniCompare(root: Intl.Collator) {
  const rank = (c: string) => (c === ' ' ? -1 : (i => (i < 0 ? 1000 + c.codePointAt(0)! : i))(soraniAlphabet.findIndex((l) => l.includes(c))));
  return (a: string, b: string) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = rank(a[i]) - rank(b[i]);
      if (d) return d;
    }
    return a.length - b.length || root.compare(a, b);
  };
}
const compareFor = (locale: string) => {
  const collator = new Intl.Collator(locale);
  if (locale === 'ckb') return soraniCompare(collator);
  if (collator.resolvedOptions().locale.split('-')[0] !== locale.split('-')[0]) throw new Error(`ICU has no ${locale} collation`);
  return collator.compare;
};

/**
 * A CLDR date pattern as the template formatDate fills in (src/i18n/dates.ts), so that the islands need
 * no pattern parser: "d'ê' MMMM'a' y'an'" → "{d}ê {MMMM}a {y}an". Fails on fields formatDate lacks.
 */
function template(pattern: string, locale: string): string {
  return pattern.replace(/'([^']*)'|[a-zA-Z]+/g, (field, literal: string | undefined) => {
    if (literal !== undefined) return literal || "'";
    if (/^(d|dd|M|MM|MMMM)$/.test(field)) return `{${field}}`;
    if (field === 'y' || field === 'yyyy') return '{y}';
    throw new Error(`${locale}: pattern "${pattern}" has the field ${field}, which formatDate does not fill in`);
  });
}

function withPackages<T>(use: (dir: string) => T): T {
  if (process.env.CLDR_DIR) return use(process.env.CLDR_DIR);
  const tmp = mkdtempSync(join(tmpdir(), 'bleibeweg-cldr-'));
  try {
    writeFileSync(join(tmp, 'package.json'), JSON.stringify({ private: true, dependencies: Object.fromEntries(packages.map((p) => [p, CLDR_VERSION])) }));
    console.log(`cldr: installing ${packages.map((p) => `${p}@${CLDR_VERSION}`).join(', ')} into ${tmp} (temporary)`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: tmp, stdio: 'inherit' });
    return use(join(tmp, 'node_modules'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

withPackages((dir) => {
  const read = (pkg: string, file: string): Json => JSON.parse(readFileSync(join(dir, pkg, file), 'utf8'));
  for (const pkg of packages) {
    const v = read(pkg, 'package.json').version;
    if (v !== CLDR_VERSION) throw new Error(`${pkg} is ${v}, expected ${CLDR_VERSION}`);
  }
  const source = (files: string[]) => `Unicode CLDR ${CLDR_VERSION} (npm ${files.join(', ')}), made by scripts/cldr.ts; licence: LICENSE-CLDR.txt`;

  const dates: Json = {};
  mkdirSync(join(out, 'countries'), { recursive: true });
  for (const { code, cldr } of languages) {
    // dates: format-context wide month names (Russian genitive "мая", Persian ezafe "مهٔ") for the long
    // pattern; the numeric pattern for tight places (the plan's timeline)
    const greg = read('cldr-dates-full', `main/${cldr}/ca-gregorian.json`).main[cldr].dates.calendars.gregorian;
    const months = Array.from({ length: 12 }, (_, i) => greg.months.format.wide[String(i + 1)] as string);
    const long = greg.dateFormats.long as string;
    const numeric = greg.dateTimeFormats.availableFormats.yMd as string;
    if (months.some((m) => !m || m.includes('|'))) throw new Error(`${cldr}: month names incomplete`);
    dates[code] = { locale: cldr, pattern: { long, numeric }, months, long: template(long, cldr), numeric: template(numeric, cldr) };

    // digits: the one system chosen in languages.ts must be one CLDR knows for the locale, with its decimal sign
    const numbers = read('cldr-numbers-full', `main/${cldr}/numbers.json`).main[cldr].numbers;
    const chosen = numberSystems[code];
    const known = [numbers.defaultNumberingSystem, ...Object.values(numbers.otherNumberingSystems ?? {})];
    if (!known.includes(chosen.digits)) throw new Error(`${code}: digits "${chosen.digits}" are not among CLDR's ${known.join(', ')}`);
    const decimal = numbers[`symbols-numberSystem-${chosen.digits}`]?.decimal;
    if (decimal !== chosen.decimal) throw new Error(`${code}: decimal sign "${chosen.decimal}" but CLDR has "${decimal}" for ${chosen.digits}`);
    if (numbers.defaultNumberingSystem !== chosen.digits) console.log(`cldr: ${code} uses ${chosen.digits}, CLDR's default is ${numbers.defaultNumberingSystem} (chosen on purpose, see languages.ts)`);

    // countries: names in the language and script, sorted with the language's collation (Node's ICU;
    // done here so every browser shows the same order)
    const names = read('cldr-localenames-full', `main/${cldr}/territories.json`).main[cldr].localeDisplayNames.territories;
    const compare = compareFor(cldr);
    const countries = nationalityCodes.map((c) => {
      const name = (preferShort.has(c) && names[`${c}-alt-short`]) || names[c];
      if (!name) throw new Error(`${cldr}: no name for ${c}`);
      return [c, name] as [string, string];
    }).sort((a, b) => compare(a[1], b[1]) || a[0].localeCompare(b[0]));
    // one country per line, so that a CLDR update reads as a short diff
    const list = countries.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
    writeFileSync(join(out, 'countries', `${code}.json`), `{\n "source": ${JSON.stringify(source(['cldr-localenames-full']))},\n "locale": ${JSON.stringify(cldr)},\n "countries": [\n${list}\n ]\n}\n`);
  }
  writeFileSync(join(out, 'dates.json'), JSON.stringify({ source: source(['cldr-dates-full']), languages: dates }, null, 1) + '\n');
  writeFileSync(join(out, 'LICENSE-CLDR.txt'), readFileSync(join(dir, 'cldr-dates-full', 'LICENSE'), 'utf8'));
  console.log(`cldr: wrote ${out}/dates.json, ${out}/countries/*.json (${languages.length} languages, ${nationalityCodes.length} countries)`);
});
