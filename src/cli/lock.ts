// One writer per output: a lock file holding the owner's pid. A second run refuses; a lock whose owner is dead (killed,
// machine restarted) is taken over.
import { hostname } from 'node:os';
import { linkSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { OutputError, writing } from './outputErrors.js';

/** What a lock file holds. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

/** A held lock. */
export interface FolderLock {
  path: string;
  /** The pid of the dead run whose lock was taken over, if any. */
  tookOverFrom?: number;
  release(): void;
}

/** Whether a process with this pid runs on this machine (EPERM: it does, as another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): { owner?: LockOwner; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile
  }
  try {
    return { owner: JSON.parse(text) as LockOwner, text };
  } catch {
    return { text };
  }
}

/** Whether the lock at `path` was left by a process that no longer runs (or a half-written lock a minute old). */
function isStale(path: string, owner: LockOwner | undefined): boolean {
  if (!owner) {
    try {
      return Date.now() - statSync(path).mtimeMs > 60_000;
    } catch {
      return true;
    }
  }
  if (owner.host !== hostname()) return false; // cannot tell: refuse
  return owner.pid === process.pid || !pidAlive(owner.pid);
}

function tryCreate(path: string, text: string, what: string): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  return writing(what, () => {
    writeFileSync(temp, text);
    try {
      linkSync(temp, path); // atomic: fails with EEXIST when the lock is held; the lock is complete when it appears
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      rmSync(temp, { force: true });
    }
  });
}

/**
 * Takes the lock file `path` for this process, or throws an OutputError saying who holds it. `what` names the output
 * in messages (`out/`). A stale lock is removed and taken (its content is checked again just before removal).
 */
export function acquireLock(path: string, what: string): FolderLock {
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const text = JSON.stringify(me) + '\n';
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, text, what)) {
      return {
        path,
        tookOverFrom,
        release: () => {
          if (readOwner(path)?.text === text) rmSync(path, { force: true });
        },
      };
    }
    const held = readOwner(path);
    if (!held) continue; // released meanwhile
    if (!isStale(path, held.owner)) {
      const who = held.owner ? `pid ${held.owner.pid}${held.owner.host !== me.host ? ` on ${held.owner.host}` : ''}, since ${held.owner.started}` : 'a run starting now';
      throw new OutputError(what, 'LOCKED', `another nianbao run is writing it (${who}); wait for it to finish, or remove ${path} if that run is gone`);
    }
    if (readOwner(path)?.text === held.text) {
      tookOverFrom = held.owner?.pid;
      try {
        unlinkSync(path);
      } catch {
        // another run took it over first; the next attempt sees its lock
      }
    }
  }
  throw new OutputError(what, 'LOCKED', `could not take the lock ${path}`);
}
