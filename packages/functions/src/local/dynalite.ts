/**
 * dynalite in a child process: it gets a core of its own instead of sharing the API's event
 * loop, its memory (LevelDB's grows with every write) is not counted as followup's, and a failure
 * inside it cannot take the API process down with a stack trace. It exits when its parent goes.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { StartError } from '../errors.ts';

export interface Dynalite {
  endpoint: string;
  /** The child process, for benches that count its CPU. */
  pid: number;
  close(): Promise<void>;
}

// Plain CommonJS for `node -e`: dynalite is a CommonJS package with no types.
const CHILD = `
const [dynalitePath, path, port] = JSON.parse(process.argv[1]);
const server = require(dynalitePath)({ path: path || undefined, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error) => process.send({ error: error.code || error.message }));
server.listen(port, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
process.on('disconnect', () => process.exit(0));
`;

/**
 * dynalite on 127.0.0.1: LevelDB in `path`, or in memory without one; `port` 0 picks a free one.
 * @example const db = await startDynalite({ port: 0 }); … await db.close()
 */
export async function startDynalite({ path, port = 0 }: { path?: string; port?: number }): Promise<Dynalite> {
  const args = JSON.stringify([createRequire(import.meta.url).resolve('dynalite'), path ?? '', port]);
  const child = spawn(process.execPath, ['-e', CHILD, args], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const bound = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port?: number; error?: string }) => {
      if (message.port !== undefined) return resolve(message.port);
      const why = message.error === 'EADDRINUSE' ? 'is already in use' : `failed (${message.error})`;
      reject(new StartError(`dynalite: port ${port} on 127.0.0.1 ${why}; set FOLLOWUP_DYNAMO_PORT to another port`));
    });
    child.once('error', (error) => reject(new StartError(`dynalite could not start: ${error.message}`)));
    child.once('exit', (code) => reject(new StartError(`dynalite could not start (exit code ${code})`)));
  }).catch(async (error: unknown) => {
    child.kill();
    await exited;
    throw error;
  });
  let closing = false;
  child.once('exit', (code) => {
    if (!closing) console.error(`followup: dynalite stopped (exit code ${code})`);
  });
  // The API must not wait on this process to exit: the IPC channel alone does not hold it open.
  child.unref();
  child.channel?.unref();
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    pid: child.pid!,
    async close() {
      closing = true;
      // Waiting for it to exit must keep this process alive again.
      child.ref();
      child.channel?.ref();
      if (child.exitCode === null && child.connected) child.send('close');
      await exited;
    },
  };
}
