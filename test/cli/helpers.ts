import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = [join(ROOT, 'dist/cli.js'), join(ROOT, 'dist/cli-worker.js')];
// outside dist/ (tsup cleans it); a lock older than STALE_MS is left over from a killed run and is taken over
const LOCK = join(tmpdir(), `nianbao-cli-build-${ROOT.replace(/[^\w]/g, '_')}.lock`);
const STALE_MS = 3 * 60_000;

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
  if (!isFresh()) build();
  snapshot = undefined;
  const copy = cliPath();
  if (!existsSync(copy) || !existsSync(join(copy, '../cli-worker.js'))) throw new Error('dist/ changed while it was copied; rerun');
}

function lockAge(): number {
  try {
    return Date.now() - statSync(LOCK).mtimeMs;
  } catch {
    return -1; // no lock
  }
}

function build(): void {
  if (lockAge() > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
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
    while (lockAge() >= 0 && lockAge() < STALE_MS) spawnSync('sleep', ['0.2']);
  }
  if (!BUILT.every(existsSync)) throw new Error('dist/cli.js was not built');
}

let snapshot: string | undefined;
const SNAPSHOT_PREFIX = 'nianbao-cli-dist-';

/**
 * The built CLI, run from a copy of dist/ (with package.json and a link to node_modules) kept in the temp folder per
 * build, so that a rebuild elsewhere in a shared checkout (tsup cleans dist/) cannot pull it away mid-test. Copies of
 * builds older than 15 minutes are removed when a new one is made.
 */
function cliPath(): string {
  if (snapshot) return snapshot;
  const stamp = BUILT.map((f) => Math.round(statSync(f).mtimeMs)).join('-');
  const dir = join(tmpdir(), `${SNAPSHOT_PREFIX}${stamp}`);
  if (!existsSync(join(dir, 'dist/cli.js'))) {
    const staging = mkdtempSync(join(tmpdir(), 'nianbao-cli-staging-'));
    cpSync(join(ROOT, 'dist'), join(staging, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(staging, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(staging, 'node_modules'), 'dir');
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another test file made the same copy first
    }
    for (const name of readdirSync(tmpdir())) {
      const old = join(tmpdir(), name);
      if (name.startsWith(SNAPSHOT_PREFIX) && old !== dir && statSync(old).mtimeMs < Date.now() - 15 * 60_000) {
        rmSync(old, { recursive: true, force: true });
      }
    }
  }
  snapshot = join(dir, 'dist/cli.js');
  return snapshot;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli.js) with the repository root as working directory. */
export function cli(args: string[], options: { input?: Buffer | string; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
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

/** The path of the built CLI script (a snapshot of dist/cli.js), for tests that spawn it their own way. */
export function cliScript(): string {
  return cliPath();
}
