/**
 * Rule engine on the command line (contract v1): `npm run --silent evaluate -- FILE.json` or `-` for stdin.
 * Prints the evaluation JSON and exits 0; invalid input: a readable error naming the field, exit 2.
 */
import { readFileSync } from 'node:fs';
import { evaluate, formatIssues, householdSchema } from '../src/rules';

function fail(message: string): never {
  process.stderr.write(`evaluate: ${message}\n`);
  process.exit(2);
}

const arg = process.argv[2];
if (!arg) fail('usage: npm run --silent evaluate -- FILE.json   (or - for standard input)');

let text: string;
try {
  text = arg === '-' ? readFileSync(0, 'utf8') : readFileSync(arg, 'utf8');
} catch (e) {
  fail(`cannot read ${arg}: ${(e as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (e) {
  fail(`not valid JSON: ${(e as Error).message}`);
}

const parsed = householdSchema.safeParse(json);
if (!parsed.success) fail(`invalid household:\n${formatIssues(parsed.error, json)}`);

process.stdout.write(JSON.stringify(evaluate(parsed.data), null, 2) + '\n');
