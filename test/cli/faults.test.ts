/**
 * The CLI under faults (issue 16): a closed stdout, a FIFO among the inputs, folders that cannot be written, a full
 * disk, two runs into one folder, signals, and a kill at each phase of the commit. After each, the output set on disk
 * is whole — the old one or the new one, as its manifest says — or the run ended with one line and its exit code.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, verifySet, type Manifest } from '../../src/cli/outputSet.js';
import { cliScript, ensureBuilt, ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-faults-'));
const OLD_INPUTS = ['fixtures/batch/sub'];
const NEW_INPUTS = ['fixtures/batch/01-good-pingtan-2019.txt', 'fixtures/batch/02-gbk-pingtan-2014.txt', 'fixtures/batch/05-empty.txt'];
const isRoot = process.getuid?.() === 0;

/**
 * Whether uid 65534 can run the CLI from this clone: not when the clone lies under a folder only its owner may enter
 * (e.g. one made by `mktemp -d`, mode 0700) — then the EACCES case falls back to a simulated write error.
 */
function nobodyCanRun(): boolean {
  const paths = [ROOT, join(ROOT, 'node_modules'), ...NEW_INPUTS.map((f) => join(ROOT, f))];
  const probe = `const fs = require('fs'); for (const p of ${JSON.stringify(paths)}) fs.accessSync(p, fs.constants.R_OK | (p.endsWith('.txt') ? 0 : fs.constants.X_OK));`;
  return spawnSync(process.execPath, ['-e', probe], { cwd: '/', uid: 65534, gid: 65534 }).status === 0;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with NIANBAO_TEST_FAULT set to `fault` (if given). */
function nianbao(args: string[], fault?: string, options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [cliScript(), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NO_COLOR: '1', ...(fault ? { NIANBAO_TEST_FAULT: fault } : {}) },
    ...options,
  });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Runs a shell pipeline with `$NIANBAO` standing for the CLI; the CLI's own exit code comes back on stderr. */
function pipeline(script: string): { nianbaoCode: number; stderr: string; stdout: string; ms: number } {
  const started = Date.now();
  const command = script.replace('$NIANBAO', '"$NIANBAO_NODE" "$NIANBAO_CLI"');
  const r = spawnSync('bash', ['-c', `${command}; echo "nianbao-exit=\${PIPESTATUS[0]}" >&2`], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NIANBAO_NODE: process.execPath, NIANBAO_CLI: cliScript() },
  });
  const m = /nianbao-exit=(\d+)/.exec(r.stderr);
  return { nianbaoCode: m ? Number(m[1]) : -1, stderr: r.stderr, stdout: r.stdout, ms: Date.now() - started };
}

/** Hidden temporary files, locks and journals left in a folder. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock') || n.includes('nianbao-commit'));
}

const hashes = (m: Manifest | undefined) => m?.files.map((f) => `${f.name}:${f.sha256}`).sort();
const NO_STACK = /^\s+at |Unhandled 'error'|node:internal/m;

/** Tries to mount a small tmpfs (root with CAP_SYS_ADMIN); false where the machine does not allow it. */
function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}
const unmount = (dir: string) => spawnSync('umount', [dir], { stdio: 'ignore' });

let oldManifest: Manifest;
let newManifest: Manifest;

beforeAll(() => {
  ensureBuilt();
  // the two sets a folder may hold: OLD (an earlier run) and NEW (this run), each made once by a clean run
  expect(nianbao(['convert', ...OLD_INPUTS, '-o', join(tmp, 'ref-old') + '/', '-q', '-j', '1']).code).toBe(0);
  expect(nianbao(['convert', ...NEW_INPUTS, '-o', join(tmp, 'ref-new') + '/', '-q', '-j', '1']).code).toBe(1);
  oldManifest = readManifest(join(tmp, 'ref-old'), 'manifest.json')!;
  newManifest = readManifest(join(tmp, 'ref-new'), 'manifest.json')!;
  expect(hashes(oldManifest)).not.toEqual(hashes(newManifest));
}, 240_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A folder holding the OLD set, as an earlier run left it. */
function folderWithOldSet(name: string): string {
  const dir = join(tmp, name);
  cpSync(join(tmp, 'ref-old'), dir, { recursive: true });
  return dir;
}

describe('a closed stdout', { timeout: 180_000 }, () => {
  it('-o dir/ | head -1: the summary stops quietly, the files are written whole, exit code unchanged (1: one input failed)', () => {
    const out = join(tmp, 'pipe-dir');
    const r = pipeline(`$NIANBAO convert ${NEW_INPUTS.join(' ')} -o ${out}/ -j 1 | head -1`);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.nianbaoCode).toBe(1);
    expect(verifySet(out, 'manifest.json').whole).toBe(true);
    expect(hashes(readManifest(out, 'manifest.json'))).toEqual(hashes(newManifest));
    expect(leftovers(out)).toEqual([]);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('-o dir/ | true (reader gone before the first line): the same whole set', () => {
    const out = join(tmp, 'pipe-dir-true');
    const r = pipeline(`$NIANBAO convert ${NEW_INPUTS.join(' ')} -o ${out}/ -j 1 | true`);
    expect(r.nianbaoCode).toBe(1);
    expect(hashes(readManifest(out, 'manifest.json'))).toEqual(hashes(newManifest));
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('--format jsonl | head -1 (stdout the only output): ends quietly with 141, as Unix tools do on SIGPIPE', () => {
    const r = pipeline(`$NIANBAO convert fixtures/batch fixtures/corpus --format jsonl -j 1 | head -1 | wc -l`);
    expect(r.stdout.trim()).toBe('1');
    expect(r.nianbaoCode).toBe(141);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('parse … | true ends quietly with 141 too', () => {
    const r = pipeline(`$NIANBAO parse fixtures/batch/01-good-pingtan-2019.txt | true`);
    expect([0, 141]).toContain(r.nianbaoCode); // 0 when the whole JSON fitted in the pipe before the reader left
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('> /dev/full (stdout fails with ENOSPC): one line, exit 3; with -o dir/ the files are still written', () => {
    const only = pipeline(`$NIANBAO convert fixtures/batch/sub > /dev/full`);
    expect(only.nianbaoCode).toBe(3);
    expect(only.stderr).toContain('nianbao: cannot write to stdout: no space left on device (ENOSPC)');
    expect(only.stderr).not.toMatch(NO_STACK);
    const out = join(tmp, 'devfull-dir');
    const withFiles = pipeline(`$NIANBAO convert ${NEW_INPUTS.join(' ')} -o ${out}/ -j 1 > /dev/full`);
    expect(withFiles.nianbaoCode).toBe(3);
    expect(hashes(readManifest(out, 'manifest.json'))).toEqual(hashes(newManifest));
  });
});

describe('only regular files are opened', { timeout: 180_000 }, () => {
  it('a FIFO named x.txt among the inputs is refused by stat, with a reason, and the process ends', async () => {
    const dir = join(tmp, 'fifo-in');
    mkdirSync(dir);
    cpSync(join(ROOT, NEW_INPUTS[0]), join(dir, 'a.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'x.txt')]).status).toBe(0);
    const socket = join(dir, 's.txt');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const out = join(tmp, 'fifo-out');
      const started = Date.now();
      const r = nianbao(['convert', dir, '/dev/null', '-o', `${out}/`, '-q', '--timeout', '60']);
      expect(r.signal).toBeNull();
      expect(Date.now() - started).toBeLessThan(30_000); // not after the per-file timeout: the FIFO is never opened
      expect(r.code).toBe(1);
      const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(errors).toEqual([
        { file: join(dir, 's.txt'), code: 'NOT_A_FILE', reason: 'not a regular file: a socket; only regular files are read' },
        { file: join(dir, 'x.txt'), code: 'NOT_A_FILE', reason: 'not a regular file: a FIFO (named pipe); only regular files are read' },
        { file: '/dev/null', code: 'NOT_A_FILE', reason: 'not a regular file: a character device; only regular files are read' },
      ]);
      expect(verifySet(out, 'manifest.json').whole).toBe(true);
      const parse = nianbao(['parse', join(dir, 'x.txt')]);
      expect(parse.code).toBe(1);
      expect(parse.stderr.trim()).toBe(`nianbao: ${join(dir, 'x.txt')}: not a regular file: a FIFO (named pipe); only regular files are read`);
    } finally {
      server.close();
    }
  });
});

describe('output errors: one line naming the path and the cause, exit 3, the old set untouched', { timeout: 180_000 }, () => {
  it('ENOTDIR: a parent of -o is a file', () => {
    const r = nianbao(['convert', ...OLD_INPUTS, '-o', 'fixtures/batch/01-good-pingtan-2019.txt/out/']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe('nianbao: cannot write fixtures/batch/01-good-pingtan-2019.txt/out/: a part of the path is a file, not a folder (ENOTDIR)');
  });

  it('EACCES: a folder this user may not write (as root: the run drops to uid 65534, since root ignores permissions; simulated where uid 65534 cannot reach the clone)', () => {
    if (isRoot && !nobodyCanRun()) {
      const out = folderWithOldSet('eacces-simulated');
      const r = nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force'], 'EACCES@reports.jsonl');
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`cannot write ${join(out, 'reports.jsonl')}: permission denied (EACCES)`);
      expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(oldManifest));
      return;
    }
    const dir = join(tmp, 'readonly');
    const out = folderWithOldSet('readonly/out');
    chmodSync(out, 0o555);
    chmodSync(dir, 0o555);
    chmodSync(tmp, 0o755);
    chmodSync(dirname(dirname(cliScript())), 0o755); // the snapshot of dist/ (made by mkdtemp, 0700)
    const asNobody = isRoot ? { uid: 65534, gid: 65534 } : {};
    // the snapshot of dist/ lives in the temp folder, readable by everyone; the inputs are world-readable
    const fresh = nianbao(['convert', ...NEW_INPUTS, '-o', join(dir, 'new') + '/', '-q'], undefined, asNobody);
    expect(fresh.code).toBe(3);
    expect(fresh.stderr).toContain(`nianbao: cannot write ${join(dir, 'new')}/: permission denied (EACCES)`);
    const over = nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force'], undefined, asNobody);
    expect(over.code).toBe(3);
    expect(over.stderr.trim()).toBe(`nianbao: cannot write ${out}/: permission denied (EACCES)`);
    expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(oldManifest));
    expect(verifySet(out, 'manifest.json').whole).toBe(true);
    chmodSync(dir, 0o755);
    chmodSync(out, 0o755);
  });

  it('EROFS: a read-only file system (a read-only tmpfs; simulated where mounting is not allowed)', () => {
    const mnt = join(tmp, 'rofs');
    if (mountTmpfs(mnt, 'size=1m,ro')) {
      try {
        const r = nianbao(['convert', ...OLD_INPUTS, '-o', join(mnt, 'out') + '/', '-q']);
        expect(r.code).toBe(3);
        expect(r.stderr.trim()).toBe(`nianbao: cannot write ${join(mnt, 'out')}/: read-only file system (EROFS)`);
      } finally {
        unmount(mnt);
      }
    } else {
      const out = folderWithOldSet('rofs-simulated');
      const r = nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force'], 'EROFS@reports.jsonl');
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`cannot write ${join(out, 'reports.jsonl')}: read-only file system (EROFS)`);
      expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(oldManifest));
    }
  });

  it('ENOSPC: a full disk (a 160 KB tmpfs; simulated where mounting is not allowed) — never reported as input failures or timeouts', () => {
    const mnt = join(tmp, 'full');
    const mounted = mountTmpfs(mnt, 'size=160k');
    try {
      const out = join(mounted ? mnt : tmp, 'full-out');
      expect(nianbao(['convert', ...OLD_INPUTS, '-o', `${out}/`, '-q']).code).toBe(0); // the old set fits
      const r = mounted
        ? nianbao(['convert', 'fixtures/batch', 'fixtures/corpus', '-o', `${out}/`, '-q', '--force'])
        : nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force'], 'ENOSPC@reports.csv');
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`nianbao: cannot write ${out}/[a-z.]+: no space left on device \\(ENOSPC\\)`));
      expect(r.stderr).not.toMatch(/timed out|WORKER_CRASHED/);
      expect(r.stderr).not.toMatch(NO_STACK);
      expect(verifySet(out, 'manifest.json').whole).toBe(true);
      expect(hashes(readManifest(out, 'manifest.json'))).toEqual(hashes(oldManifest));
      expect(leftovers(out)).toEqual([]);
    } finally {
      if (mounted) unmount(mnt);
    }
  });

  it('ENOSPC on the last file written (errors.jsonl, simulated): the run fails whole, the old set stays', () => {
    const out = folderWithOldSet('full-errors');
    const r = nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force'], 'ENOSPC@errors.jsonl');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`cannot write ${join(out, 'errors.jsonl')}: no space left on device (ENOSPC)`);
    expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(oldManifest));
    expect(leftovers(out)).toEqual([]);
  });
});

describe('one writer per output folder', { timeout: 180_000 }, () => {
  it('a second run into the same folder refuses (exit 3) while the first holds the lock; the first finishes whole', async () => {
    const out = join(tmp, 'concurrent');
    const first = spawn(process.execPath, [cliScript(), 'convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '-j', '1'], {
      cwd: ROOT,
      env: { ...process.env, NIANBAO_TEST_FAULT: 'sleep@writing=6000' },
      stdio: 'ignore',
    });
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 300 && !existsSync(join(out, '.nianbao.lock')); i++) await new Promise((r) => setTimeout(r, 100));
    const second = nianbao(['convert', ...OLD_INPUTS, '-o', `${out}/`, '-q', '--force']);
    expect(second.code).toBe(3);
    expect(second.stderr.trim()).toMatch(new RegExp(`^nianbao: cannot write ${out}/: another nianbao run is writing it \\(pid ${first.pid}, since .*\\); wait for it to finish, or remove .*\\.nianbao\\.lock if that run is gone$`));
    expect(await firstDone).toBe(1);
    expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(newManifest));
    expect(leftovers(out)).toEqual([]);
  });

  it('the stale lock of a dead run is taken over, with a note', () => {
    const out = folderWithOldSet('stale-lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    writeFileSync(join(out, '.nianbao.lock'), JSON.stringify({ pid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    writeFileSync(join(out, `.reports.csv.${pid}.tmp`), 'half a file from the dead run');
    const r = nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`took over the lock of a run that is gone (pid ${pid})`);
    expect(r.stderr).toContain('removed 1 temporary file left by runs that were killed');
    expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(newManifest));
    expect(leftovers(out)).toEqual([]);
  });
});

describe('signals', { timeout: 180_000 }, () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
    it(`${signal} while writing → exit ${code}, temporary files and lock removed, the old set untouched`, async () => {
      const out = folderWithOldSet(`signal-${signal}`);
      const child = spawn(process.execPath, [cliScript(), 'convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force', '-j', '1'], {
        cwd: ROOT,
        env: { ...process.env, NIANBAO_TEST_FAULT: 'sleep@writing=20000' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const done = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      for (let i = 0; i < 300 && !readdirSync(out).some((n) => n.endsWith(`.${child.pid}.tmp`)); i++) await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(out).some((n) => n.endsWith(`.${child.pid}.tmp`))).toBe(true);
      child.kill(signal);
      expect(await done).toBe(code);
      expect(stderr).toContain(`nianbao: stopped by ${signal}; the earlier outputs were left as they were`);
      expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(oldManifest));
      expect(leftovers(out)).toEqual([]);
    });
  }
});

describe('a kill (SIGKILL) at each phase leaves the old set or the new set', { timeout: 300_000 }, () => {
  // before the commit record: the old set stays; from the commit record on: the next run completes the new set
  const PHASES: Array<[string, 'old' | 'new']> = [
    ['locked', 'old'],
    ['opened', 'old'],
    ['writing', 'old'],
    ['written', 'old'],
    ['journal', 'new'],
    ['renaming', 'new'],
    ['renamed', 'new'],
    ['manifest', 'new'],
  ];
  for (const [phase, expected] of PHASES) {
    it(`killed at "${phase}": the folder reads as the ${expected} set once the next run has opened it`, () => {
      const out = folderWithOldSet(`kill-${phase}`);
      const killed = nianbao(['convert', ...NEW_INPUTS, '-o', `${out}/`, '-q', '--force', '-j', '1'], `kill@${phase}`);
      expect(killed.signal).toBe('SIGKILL');
      // right after the kill: the manifest, when there, describes whole files; when absent, a commit is under way
      const now = verifySet(out, 'manifest.json');
      if (now.manifest) {
        expect(now.whole).toBe(true);
        expect([hashes(oldManifest), hashes(newManifest)]).toContainEqual(hashes(now.manifest));
      } else {
        expect(existsSync(join(out, '.nianbao-commit.json'))).toBe(true);
      }
      // the next run takes the stale lock, finishes or discards the dead run's work, and is killed before writing
      const next = nianbao(['convert', ...OLD_INPUTS, '-o', `${out}/`, '-q', '--force', '-j', '1'], 'kill@opened');
      expect(next.signal).toBe('SIGKILL');
      const after = verifySet(out, 'manifest.json');
      expect(after.whole).toBe(true);
      expect(hashes(after.manifest)).toEqual(hashes(expected === 'old' ? oldManifest : newManifest));
      expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      // and a run that is left alone ends with its own whole set and nothing else
      const last = nianbao(['convert', ...OLD_INPUTS, '-o', `${out}/`, '-q', '--force', '-j', '1']);
      expect(last.code).toBe(0);
      expect(hashes(verifySet(out, 'manifest.json').manifest)).toEqual(hashes(oldManifest));
      expect(leftovers(out)).toEqual([]);
    });
  }
});

describe('outputs are regular files', { timeout: 180_000 }, () => {
  it('-o /dev/null or -o a FIFO is refused (exit 2) and the device is left alone', () => {
    const fifo = join(tmp, 'out-fifo.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const target of ['/dev/null', fifo]) {
      const r = nianbao(['convert', ...OLD_INPUTS, '-o', target, '--format', 'csv', '--force', '-q']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`output ${target} is a `);
    }
    expect(spawnSync('test', ['-c', '/dev/null']).status).toBe(0); // still a character device
    const review = nianbao(['review', NEW_INPUTS[0], '-o', fifo]);
    expect(review.code).toBe(2);
  });
});

describe('inputs checked', { timeout: 180_000 }, () => {
  it('review and parse of a folder: one line, exit 2', () => {
    const review = nianbao(['review', 'fixtures/batch/']);
    expect(review.code).toBe(2);
    expect(review.stderr.trim()).toBe('nianbao: fixtures/batch/ is a directory; `nianbao review` reads one report file (for a folder use `nianbao convert --review-dir DIR`)');
    const parse = nianbao(['parse', 'fixtures/batch']);
    expect(parse.code).toBe(2);
    expect(parse.stderr).not.toMatch(NO_STACK);
  });

  it('a JSON file that holds no report: NO_REPORT_FOUND, exit 1, in parse and in convert', () => {
    const file = join(tmp, 'data.json'); // numbers and a year, but no report: 年度统计 2019年 共12件
    writeFileSync(file, JSON.stringify({ name: 'export', items: [1, 2, 3], note: '年度统计 2019年 共12件' }));
    const parse = nianbao(['parse', file]);
    expect(parse.code).toBe(1);
    expect(parse.stdout).toBe('');
    expect(parse.stderr.trim()).toBe(`nianbao: ${file}: no report found (no mention of 信息公开, 政务公开, 主动公开, 依申请公开)`);
    const out = join(tmp, 'no-report');
    const convert = nianbao(['convert', file, NEW_INPUTS[0], '-o', `${out}/`, '-q']);
    expect(convert.code).toBe(1);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toContain('"code":"NO_REPORT_FOUND"');
  });

  it('NIANBAO_TOKENIZER is read by the CLI: a bad name is a usage error (exit 2)', () => {
    const r = nianbao(['parse', NEW_INPUTS[0]], undefined, { env: { ...process.env, NIANBAO_TOKENIZER: 'hanlp' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('nianbao: NIANBAO_TOKENIZER must be jieba or nodejieba, got "hanlp"');
  });
});
