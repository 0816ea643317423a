/**
 * The fixtures made by the released version (commit 709abdb, see tests/fixtures/legacy/README.md) are
 * here and readable. Whether the current code still opens them is asserted elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../fixtures/legacy');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('legacy fixtures from commit 709abdb', () => {
  it.each([
    'ar-family-saved.json',
    'ar-family-saved-last-good.json',
    'ar-family-file.json',
    'ar-family-results.json',
    'de-half-saved.json',
    'de-half-saved-last-good.json',
  ])('%s is present and parses as JSON', (name) => {
    const value = JSON.parse(read(name));
    expect(value).toBeTypeOf('object');
    expect(value).not.toBeNull();
  });

  it('ar-family-plan-link.txt holds the fragment and the full link, both with #p=', () => {
    const [fragment, url] = read('ar-family-plan-link.txt').trimEnd().split('\n');
    expect(fragment.startsWith('#p=')).toBe(true);
    expect(url).toBe(`http://127.0.0.1:4321/ar/plan/${fragment}`);
  });
});
