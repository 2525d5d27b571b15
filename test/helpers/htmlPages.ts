import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/input/decode.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Every fixture HTML page, decoded (the held-out folder is never read; a page made to be refused is left out). */
export function htmlPages(dir = FIXTURES): Array<{ path: string; html: string }> {
  const pages: Array<{ path: string; html: string }> = [];
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) {
      if (f !== 'heldout') pages.push(...htmlPages(path));
    } else if (/\.html?$/.test(f)) {
      try {
        pages.push({ path, html: decodeBytes(new Uint8Array(readFileSync(path)), { html: true }).text });
      } catch {
        // a page made to be refused (binary bytes): nothing to read
      }
    }
  }
  return pages;
}
