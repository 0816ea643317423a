import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built HTML page as a URL path, read from dist/ so new pages are tested without listing them. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name === '_astro' || name === 'pagefind') continue;
        walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  return out.sort();
}
