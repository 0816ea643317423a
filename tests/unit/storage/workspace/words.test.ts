import { describe, expect, it } from 'vitest';
import { changeText, titleOfStepId } from '../../../../src/components/workspace/words';
import { changesBetween } from '../../../../src/storage/workspace/changes';
import { evaluate } from '../../../../src/rules/evaluate';
import { translator } from '../../../../src/i18n/format';
import { flatten, resources, islandStrings } from '../../../../src/i18n/resources';
import { amirFamily } from './helpers';

const t = translator({ ...islandStrings('de', 'plan'), ...flatten(resources.de.workspace as never) }, 'de');

describe('the workspace in words', () => {
  it('says what changed as a case manager reads it: "Amir: § 25b now possible; before: livelihood missing"', () => {
    const before = amirFamily('benefits');
    const after = amirFamily('mostly-own');
    const c = changesBetween(evaluate(before, '2026-09-01'), evaluate(after, '2026-12-06')).find((x) => x.member === 'pamir000001' && x.kind === 'route' && x.route === '25b')!;
    expect(changeText(t, c, after, before, 'de')).toBe('Amir: Aufenthalt bei nachhaltiger Integration (§ 25b) – jetzt: kann passen. Vorher: es fehlt: Lebensunterhalt überwiegend durch eigene Arbeit.');
  });
  it('names a step that left the plan by its id, or shows the id', () => {
    expect(titleOfStepId(t, 'apply:25b')).toContain('§ 25b');
    expect(titleOfStepId(t, 'work')).toBe(t('step.work.title'));
    expect(titleOfStepId(t, 'find-out:livelihood')).toContain('Lebensunterhalt');
    expect(titleOfStepId(t, 'something:new')).toBe('something:new');
  });
});
