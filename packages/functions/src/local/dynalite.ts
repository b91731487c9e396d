import dynalite from 'dynalite';
import { close, listen } from './listen.ts';

export interface Dynalite {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * dynalite on 127.0.0.1: LevelDB in `path`, or in memory without one; `port` 0 picks a free one.
 * @example const db = await startDynalite({ port: 0 }); … await db.close()
 */
export async function startDynalite({ path, port = 0 }: { path?: string; port?: number }): Promise<Dynalite> {
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const bound = await listen(server, port, '127.0.0.1', 'dynalite');
  return { endpoint: `http://127.0.0.1:${bound}`, close: () => close(server) };
}
