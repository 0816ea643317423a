/**
 * Vite plugin: marks the islands' start-up chunks for eager compilation (V8's explicit compile hints,
 * Chrome 136+, `//# allFunctionsCalledOnLoad` as the first line). Chrome then compiles their functions on a
 * background thread while the file downloads, instead of on the main thread the first time each one runs
 * during hydration: shorter start-up tasks on phones. Other browsers ignore the comment.
 *
 * Chunks used only later (review screen, file transfer, QR code) stay lazily compiled: compiling code that
 * may never run would cost memory for nothing.
 */

/** Chunks loaded on use, not at start-up (also what the size budget leaves out). */
export const onUseChunkNames = ['ReviewScreen', 'QuestionScreen', 'SecondLanguage', 'Transfer', 'browser', 'WorkspaceSession', 'WorkspaceOpen', 'WorkspacePrint'];
export const onUseChunk = new RegExp(`^(${onUseChunkNames.join('|')})\\.[\\w-]+\\.js$`);

const hint = '//# allFunctionsCalledOnLoad\n';

/** @returns {import('vite').Plugin} */
export function compileHints() {
  return {
    name: 'bleibeweg-compile-hints',
    apply: 'build',
    // after minification (which drops comments), and before the file names' hashes are computed, so a
    // changed file gets a new name
    renderChunk: {
      order: 'post',
      handler(code, chunk) {
        if (!chunk.fileName.startsWith('_astro/') || onUseChunkNames.includes(chunk.name)) return null;
        // the site ships without source maps; with them on, this would need to shift the map by a line
        return { code: hint + code, map: null };
      },
    },
  };
}
