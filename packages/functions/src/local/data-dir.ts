import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartError } from '../errors.ts';

/** The file in the data folder that names the running dynalite's endpoint (`npx followup keys` uses it). */
export const DYNAMO_ENDPOINT_FILE = 'dynamo-endpoint';

/** The pid of the followup running on `dir`, if one is. */
export function runningOn(dir: string): number | undefined {
  const holder = Number(readIfExists(join(dir, 'followup.pid')));
  return holder && holder !== process.pid && isRunning(holder) ? holder : undefined;
}

/**
 * Makes sure the data folder exists, is writable and is not used by another running followup
 * (two dynalites on one LevelDB folder crash). Returns the function that frees it.
 * @example const unlock = lockDataDir('.data'); … unlock()
 */
export function lockDataDir(dir: string): () => void {
  const lock = join(dir, 'followup.pid');
  try {
    mkdirSync(dir, { recursive: true });
    const holder = runningOn(dir);
    if (holder) {
      throw new StartError(`data folder ${dir} is in use by another followup (pid ${holder}); stop it or set FOLLOWUP_DATA_DIR`);
    }
    writeFileSync(lock, String(process.pid));
  } catch (error) {
    if (error instanceof StartError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new StartError(`data folder ${dir} is not writable (${code ?? (error as Error).message}); set FOLLOWUP_DATA_DIR to a folder you can write`);
  }
  return () => rmSync(lock, { force: true });
}

export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
