// Worker-thread entry of `nianbao convert --jobs N` (built to dist/cli-worker.js, loaded by piscina).
import { convertFile, type FileOutcome, type FileTask } from './task.js';

/** Converts one file in a worker thread. */
export default function convertInWorker(task: FileTask): Promise<FileOutcome> {
  return convertFile(task);
}
