/**
 * Translation states on the command line (see content/README.md, "Translation states"):
 *
 *   npm run i18n:status                      which translations are outdated (German changed), per language
 *   npm run i18n:stamp                       record every text that has no valid record yet (new keys, pages,
 *                                            terms; translations edited since) as a machine translation
 *   npm run i18n:stamp -- --by human --lang ar   the same, as checked by a translator, for one language
 *   npm run i18n:mark -- ar check:q.birthDate.title routes/25a glossary:duldung
 *                                            a translator says: these translations fit today's German
 *                                            (`--by machine` for a new machine translation)
 *
 * Options: `--lang <code>` (status, stamp), `--by human|machine`, `--strict` (status: exit 1 when something
 * is unrecorded), `--brief` (status: summary and outdated list only, for the build).
 */
import { readUnits, writeRecords, countStates, orphanRecords, type Unit } from '../src/translation/repo';
import type { By } from '../src/translation/state';

const args = process.argv.slice(2);
const command = args[0];
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const flag = (name: string) => args.includes(`--${name}`);
const positional = args.slice(1).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && ['--lang', '--by'].includes(all[i - 1])));

function byOption(fallback: By): By {
  const by = option('by') ?? fallback;
  if (by !== 'human' && by !== 'machine') throw new Error(`--by must be "human" or "machine", not "${by}"`);
  return by;
}

const langOption = option('lang');
const langs = langOption ? [langOption] : undefined;

/** Outdated texts, one line per text with the languages it is outdated in. */
function outdatedLines(units: Unit[]): string[] {
  const byId = new Map<string, string[]>();
  for (const u of units) if (u.state === 'outdated') byId.set(u.id, [...(byId.get(u.id) ?? []), u.lang]);
  return [...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, ls]) => `  ${id}  (${ls.join(' ')})`);
}

function status() {
  const units = readUnits('.', langs);
  const counts = countStates(units);
  const outdated = outdatedLines(units);
  const unrecorded = units.filter((u) => u.state === 'unrecorded' || u.state === 'edited');
  const orphans = orphanRecords('.', units, langs);
  if (flag('brief')) {
    const total = units.filter((u) => u.state === 'outdated').length;
    console.log(`translations: ${units.length} texts in ${counts.size} languages, ${total} outdated (German changed since)${unrecorded.length ? `, ${unrecorded.length} without record (npm run i18n:stamp)` : ''}`);
    if (outdated.length) console.log(`outdated, shown in German with an "update pending" note until translated (npm run i18n:status):\n${outdated.join('\n')}`);
    return;
  }
  console.log('lang  machine  human  outdated  unrecorded  edited');
  for (const [lang, c] of counts) {
    console.log(`${lang.padEnd(5)} ${String(c.machine).padStart(7)} ${String(c.current).padStart(6)} ${String(c.outdated).padStart(9)} ${String(c.unrecorded).padStart(11)} ${String(c.edited).padStart(7)}`);
  }
  console.log(outdated.length ? `\nOutdated (the German changed after the translation was made; pages show the German with a note):\n${outdated.join('\n')}` : '\nNo translation is outdated.');
  if (unrecorded.length || orphans.length) {
    console.log(`\nWithout a valid record (new or edited since it was recorded): ${unrecorded.length}; records of removed texts: ${orphans.length}.`);
    for (const u of unrecorded.slice(0, 40)) console.log(`  ${u.lang} ${u.id} (${u.state})`);
    if (unrecorded.length > 40) console.log(`  … ${unrecorded.length - 40} more`);
    console.log('Run `npm run i18n:stamp` to record them.');
    if (flag('strict')) process.exitCode = 1;
  }
}

function stamp() {
  const units = readUnits('.', langs);
  const { recorded, refused } = writeRecords('.', units, (u) => u.state === 'unrecorded' || u.state === 'edited', byOption('machine'));
  console.log(`recorded ${recorded.length} texts${recorded.length ? ':' : '.'}`);
  const shown = recorded.slice(0, 30);
  for (const u of shown) console.log(`  ${u.lang} ${u.id}${u.state === 'edited' ? ' (edited since its last record)' : ''}`);
  if (recorded.length > shown.length) console.log(`  … ${recorded.length - shown.length} more`);
  for (const r of refused) console.error(`not recorded: ${r}`);
  if (refused.length) process.exitCode = 1;
}

function matches(u: Unit, selector: string): boolean {
  if (selector === 'all') return true;
  if (selector.endsWith('*')) return u.id.startsWith(selector.slice(0, -1));
  return u.id === selector || u.id.replace(/#\d+$/, '') === selector;
}

function mark() {
  const [lang, ...selectors] = positional;
  if (!lang || selectors.length === 0) {
    console.error('usage: npm run i18n:mark -- <lang> <check:key | check:q.* | routes/25a | glossary:id | offices:id | all> … [--by machine]');
    process.exitCode = 2;
    return;
  }
  const units = readUnits('.', [lang]);
  const unknown = selectors.filter((s) => !units.some((u) => matches(u, s)));
  if (unknown.length) {
    console.error(`nothing in ${lang} matches: ${unknown.join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const { recorded, refused } = writeRecords('.', units, (u) => selectors.some((s) => matches(u, s)), byOption('human'));
  console.log(`marked ${recorded.length} texts in ${lang} as translations of today's German.`);
  for (const r of refused) console.error(`not recorded: ${r}`);
  if (refused.length) process.exitCode = 1;
}

const commands: Record<string, () => void> = { status, stamp, mark };
if (!command || !commands[command]) {
  console.error('usage: tsx scripts/i18n.ts status|stamp|mark …');
  process.exitCode = 2;
} else commands[command]();
