import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartError } from '../errors.ts';

/**
 * Listens on `host:port` (0: a free port) and resolves with the port, or fails with a
 * one-line `StartError` naming what was busy and the variable that moves it.
 * @example const port = await listen(server, 3000, '127.0.0.1', 'the API', 'PORT')
 */
export function listen(server: Server, port: number, host: string, what: string, variable?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : error.code === 'EACCES' ? 'is not allowed' : `failed (${error.code ?? error.message})`;
      reject(new StartError(`${what}: port ${port} on ${host} ${why}${variable ? `; set ${variable} to another port` : ''}`));
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Closes a server, dropping idle keep-alive connections so it does not wait for them. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections?.();
  });
}
