// Types of scripts/static-host.mjs, for the browser tests.
export interface HeaderRule { pattern: RegExp; headers: [string, string][] }
export interface Served { method: string; path: string; status: number; bytes: number; type: string; at: number; saveData: boolean; sw: boolean }
export interface StaticHost {
  base: string;
  log: Served[];
  bytes(from?: number): number;
  quiet(quietMs?: number, maxMs?: number): Promise<boolean>;
  close(): Promise<void>;
}
export function parseHeaders(text: string): HeaderRule[];
export function startStaticHost(options?: {
  dist?: string;
  port?: number;
  transform?: (path: string, body: Buffer) => Buffer | string | undefined;
  delay?: (path: string) => number;
}): Promise<StaticHost>;
