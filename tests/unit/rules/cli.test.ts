/** scripts/evaluate.ts: the command line of contract v1. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../../../src/rules';

const root = join(__dirname, '../../..');
const fixture = join(root, 'tests/fixtures/households/serbian-family.json');
const run = (args: string[], input?: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/evaluate.ts', ...args], { cwd: root, input, encoding: 'utf8' });

describe('evaluate CLI', { timeout: 30_000 }, () => {
  it('a fixture file: exit 0, a valid Evaluation as 2-space JSON', () => {
    const r = run([fixture]);
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(evaluationSchema.safeParse(e).success).toBe(true);
    expect(e.asOf).toBe('2026-11-28');
    expect(r.stdout).toContain('\n  "members": [');
    expect(e.members.find((m: { id: string }) => m.id === 'mother').routes.find((x: { id: string }) => x.id === '25b').result).toBe('possible');
  });

  it('- reads standard input', () => {
    const r = run(['-'], readFileSync(fixture, 'utf8'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).members).toHaveLength(4);
  });

  it('without asOf: today', () => {
    const r = run(['-'], JSON.stringify({ version: 1, members: [{ id: 'a', birthDate: '2000-01-01' }] }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('an impossible date: exit 2, stderr names the field and value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bleibeweg-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, members: [{ id: 'a', birthDate: '2023-02-30' }] }));
    const r = run([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('members[0].birthDate: invalid date "2023-02-30"');
  });

  it.each([
    ['invalid JSON', '{"version": 1,', 'not valid JSON'],
    ['a wrong value', JSON.stringify({ version: 1, members: [{ id: 'a', birthDate: '2000-01-01', german: 'A3' }] }), 'members[0].german'],
    ['an unknown field', JSON.stringify({ version: 1, members: [{ id: 'a', birthDate: '2000-01-01', colour: 'red' }] }), 'members[0]: unknown field "colour"'],
    ['a missing version', JSON.stringify({ members: [] }), 'version'],
  ])('%s on stdin: exit 2 with a readable message', (_, input, text) => {
    const r = run(['-'], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(text);
  });

  it('a missing file: exit 2', () => {
    const r = run([join(root, 'tests/fixtures/households/no-such-file.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });

  it('the npm script works as documented', () => {
    const r = spawnSync('npm', ['run', '--silent', 'evaluate', '--', fixture], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).members[0].id).toBe('mother');
  });
});
