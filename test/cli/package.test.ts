/**
 * What `npm pack` ships (issue 16 §6) and what the root entry exports (issue 15 §3): the built library and CLI, the
 * LICENSE and README, nothing of src/, test/ or fixtures/; runtime dependencies only; the library reads no environment
 * variable and writes no page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers.js';

interface PackResult {
  files: Array<{ path: string }>;
}

let packed: string[];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown> | string[] | string>;

beforeAll(() => {
  ensureBuilt();
  // --ignore-scripts: prepack would build again; the build is fresh already
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  packed = (JSON.parse(json) as PackResult[])[0].files.map((f) => f.path);
}, 240_000);

describe('npm pack', { timeout: 120_000 }, () => {
  it('ships the library (ESM, CJS, types), the CLI and its worker, LICENSE, README and package.json', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/cli-worker.js']) {
      expect(packed).toContain(file);
    }
  });

  it('ships nothing else: no sources, tests, fixtures or docs', () => {
    expect(packed.filter((p) => !/^(LICENSE|README\.md|package\.json|dist\/.*)$/.test(p))).toEqual([]);
  });

  it('prepack builds, so a pack from a fresh clone holds dist/', () => {
    expect((pkg.scripts as Record<string, string>).prepack).toMatch(/\bnpm run build\b|\btsup\b/);
  });

  it('LICENSE is the MIT licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('consumers install neither chrono-node (tests only) nor nodejieba (an optional peer they may add)', () => {
    const runtime = { ...(pkg.dependencies as object), ...((pkg.optionalDependencies as object) ?? {}) };
    expect(Object.keys(runtime)).not.toContain('chrono-node');
    expect(Object.keys(runtime)).not.toContain('nodejieba');
    expect(pkg.peerDependencies).toHaveProperty('nodejieba');
    expect(pkg.peerDependenciesMeta).toEqual({ nodejieba: { optional: true } });
    expect(pkg.devDependencies).toHaveProperty('chrono-node');
    expect(pkg.devDependencies).toHaveProperty('nodejieba'); // the tests still exercise the optional backend
  });

  it('chrono-node is imported by tests only, never by src/', () => {
    const grep = (dir: string) => {
      try {
        return execFileSync('grep', ['-rl', "from 'chrono-node'", dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
      } catch {
        return []; // grep exits 1 when nothing matches
      }
    };
    expect(grep('src')).toEqual([]);
    expect(grep('test').length).toBeGreaterThan(0);
  });
});

describe('the root entry', { timeout: 120_000 }, () => {
  it('exports the parser, schemas and compareReports, and nothing that writes a page', async () => {
    const root = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as Record<string, unknown>;
    for (const name of ['parseReport', 'parseReports', 'ReportSchema', 'reportJsonSchema', 'NianbaoError', 'compareReports']) {
      expect(root).toHaveProperty(name);
    }
    expect(Object.keys(root).filter((k) => /chart|render|csv|review/i.test(k))).toEqual([]);
  });

  it('reads no environment variable (the CLI maps NIANBAO_TOKENIZER to the tokenizer option)', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/process\.env/);
    }
  });
});
