// Fault injection for the CLI's fault tests (test/cli/faults.test.ts), read from NIANBAO_TEST_FAULT and inert when it
// is unset. Entries, comma-separated:
//   kill@PHASE        SIGKILL this process when the run reaches PHASE (what a power cut or `kill -9` does)
//   sleep@PHASE=MS    wait MS milliseconds at PHASE (lets a test send a signal or start a second run meanwhile)
//   CODE@NAME         the first write to output NAME (e.g. reports.csv) fails with errno CODE (ENOSPC, EIO …), for
//                     machines where a test cannot mount a small tmpfs
// Phases of a run with file outputs, in order: locked, writing (after the first chunk), written (temporary files
// complete, before the commit), journal (commit record written), renaming (after the first rename), renamed (before
// the manifest), manifest (manifest written, commit record not yet removed).

const spec = (process.env.NIANBAO_TEST_FAULT ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function entry(action: string, at: string): string | undefined {
  return spec.find((s) => s === `${action}@${at}` || s.startsWith(`${action}@${at}=`));
}

function sleepMs(at: string): number {
  const found = entry('sleep', at);
  return found ? Number(found.split('=')[1]) || 0 : 0;
}

/** Marks a point of the run: kills or pauses the process there when a fault test asks for it. */
export function faultPoint(phase: string): void {
  if (!spec.length) return;
  const ms = sleepMs(phase);
  if (ms) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  if (entry('kill', phase)) process.kill(process.pid, 'SIGKILL');
}

/** Like `faultPoint`, but a pause lets the event loop run (signals are handled meanwhile). */
export async function faultPointAsync(phase: string): Promise<void> {
  if (!spec.length) return;
  const ms = sleepMs(phase);
  if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
  if (entry('kill', phase)) process.kill(process.pid, 'SIGKILL');
}

/** The errno a fault test wants the first write to output `name` to fail with, if any. */
export function injectedWriteError(name: string): NodeJS.ErrnoException | undefined {
  const found = spec.find((s) => /^E[A-Z]+@/.test(s) && s.slice(s.indexOf('@') + 1) === name);
  if (!found) return undefined;
  const code = found.slice(0, found.indexOf('@'));
  return Object.assign(new Error(`${code}: injected by NIANBAO_TEST_FAULT`), { code });
}
