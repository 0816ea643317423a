/**
 * Every message key the storage module can return. The strings live in `locales/<lang>/storage.json`
 * (namespace `storage`), e.g. `t('import.tooLarge')` with the storage strings of the page language.
 * Each import error says what is wrong and that the saved answers were not changed.
 */
export const importErrors = [
  'import.tooLarge',
  'import.empty',
  'import.notJson',
  'import.notBleibeweg',
  'import.wrongVersion',
  'import.unknownField',
  'import.missingField',
  'import.wrongType',
  'import.badValue',
  'import.badDate',
  'import.futureDate',
  'import.tooManyMembers',
  'import.duplicateId',
  'import.noMembers',
  'import.badLink',
  'import.badName',
  'import.forbiddenKey',
  'import.tooDeep',
  'import.brokenLink',
  'import.invalid',
] as const;

export const savedNotices = ['saved.migrated', 'saved.rebuilt', 'saved.fromBackup', 'saved.unreadable', 'saved.noStorage'] as const;
export const saveErrors = ['saved.invalid', 'saved.quotaExceeded', 'saved.saveFailed', 'saved.noStorage'] as const;

export type ImportError = (typeof importErrors)[number];
export type SavedNotice = (typeof savedNotices)[number];
export type SaveError = (typeof saveErrors)[number];
/** Shown after a successful import or plan link whose data came from an older version. */
export type ImportNotice = 'import.migrated';
