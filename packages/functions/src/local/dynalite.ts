/**
 * dynalite in a worker thread: it gets a core of its own instead of sharing the API's event
 * loop, and a LevelDB failure inside it cannot take the API process down with a stack trace.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { StartError } from '../errors.ts';

export interface Dynalite {
  endpoint: string;
  close(): Promise<void>;
}

// Plain CommonJS, evaluated in the worker: dynalite is a CommonJS package with no types.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.dynalite);
const server = dynalite({ path: workerData.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error) => parentPort.postMessage({ error: error.code || error.message }));
server.listen(workerData.port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', () => {
  server.close(() => parentPort.postMessage({ closed: true }));
  server.closeIdleConnections();
});
`;

/**
 * dynalite on 127.0.0.1: LevelDB in `path`, or in memory without one; `port` 0 picks a free one.
 * @example const db = await startDynalite({ port: 0 }); … await db.close()
 */
export async function startDynalite({ path, port = 0 }: { path?: string; port?: number }): Promise<Dynalite> {
  const worker = new Worker(WORKER, { eval: true, workerData: { dynalite: createRequire(import.meta.url).resolve('dynalite'), path, port } });
  const bound = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { port?: number; error?: string }) => {
      if (message.port !== undefined) return resolve(message.port);
      const why = message.error === 'EADDRINUSE' ? 'is already in use' : `failed (${message.error})`;
      reject(new StartError(`dynalite: port ${port} on 127.0.0.1 ${why}`));
    });
    worker.once('error', (error) => reject(new StartError(`dynalite could not start: ${error.message}`)));
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  let closing = false;
  worker.on('error', (error) => {
    if (!closing) console.error(`followup: dynalite stopped: ${error.message}`);
  });
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    async close() {
      closing = true;
      await new Promise((resolve) => {
        worker.once('message', resolve);
        worker.once('exit', resolve);
        worker.postMessage('close');
      });
      await worker.terminate();
    },
  };
}
