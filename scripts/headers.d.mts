// Types of scripts/headers.mjs, for the unit tests.
export const cacheImmutable: string;
export const cacheRevalidate: string;
export const securityHeaders: Record<string, string>;
export function metaPolicy(html: string): string | null;
export function headerPolicy(policy: string): string;
export function buildHeaders(root?: string): { text: string; pages: number; missing: string[] };
