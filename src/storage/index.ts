/**
 * Saved answers: the envelope shape, this browser's storage, and file / plan-link transfer.
 * Import from the submodules in island code when only one part is needed (keeps lz-string out).
 */
export { envelopeSchema, storageKeys, keyPrefix, currentSchema, type Envelope, type Progress } from './envelope';
export { loadSaved, save, wipe, type LoadResult, type SaveResult } from './local';
export { toFile, parseImport, toPlanFragment, parsePlanLink, maxImportBytes, maxFragmentChars, planPrefix, type ImportResult } from './transfer';
export { admit, type AdmitOptions, type AdmitResult, type Source } from './gate/admit';
export { maxDepth, maxMembers } from './guard';
export { maxNameLength, nameProblem, sameName, cleanName } from './gate/names';
export * from './messages';
