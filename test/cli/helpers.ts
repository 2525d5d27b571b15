import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');
const BUILT = [CLI, join(ROOT, 'dist/cli-worker.js')];
const LOCK = join(ROOT, 'dist/.cli-test-build.lock');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

function isFresh(): boolean {
  if (!BUILT.every(existsSync)) return false;
  const built = Math.min(...BUILT.map((f) => statSync(f).mtimeMs));
  return built >= newestSource(join(ROOT, 'src'));
}

/** Builds dist/ with tsup when the CLI is missing or older than src/ (one test file builds, the others wait). */
export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  let mine = false;
  try {
    mkdirSync(LOCK);
    mine = true;
  } catch {
    // another test file is building
  }
  if (mine) {
    try {
      execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  } else {
    const until = Date.now() + 110_000;
    while (existsSync(LOCK) && Date.now() < until) spawnSync('sleep', ['0.2']);
  }
  if (!BUILT.every(existsSync)) throw new Error('dist/cli.js was not built');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI from the repository root. */
export function cli(args: string[], options: { input?: Buffer | string; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The report files of fixtures/batch, in the order `convert fixtures/batch` reads them. */
export const BATCH_FILES = [
  'fixtures/batch/01-good-pingtan-2019.txt',
  'fixtures/batch/02-gbk-pingtan-2014.txt',
  'fixtures/batch/03-gbk-meta-pingtan-2013.htm',
  'fixtures/batch/04-multi-ten-reports.txt',
  'fixtures/batch/05-empty.txt',
  'fixtures/batch/06-blank.txt',
  'fixtures/batch/07-binary.html',
  'fixtures/batch/08-scan.txt',
  'fixtures/batch/09-broken-truncated.html',
  'fixtures/batch/sub/10-xinghua-2010.md',
  'fixtures/batch/sub/deeper/11-tangcun-2010.shtml',
];
