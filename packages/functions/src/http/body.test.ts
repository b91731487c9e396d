import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './env.ts';
import { jsonBodies, MAX_BODY_BYTES } from './body.ts';
import { onError } from './problem.ts';

// Over a real socket, as `npm start` serves: Content-Length is declared there, unlike app.request.
const app = new Hono<AppEnv>().use(jsonBodies()).post('/echo', async (c) => c.json(await c.req.json()));
app.onError(onError);
let server: Server;
let url: string;
beforeAll(async () => {
  server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const json = { 'content-type': 'application/json' };
const big = JSON.stringify({ role: 'x'.repeat(MAX_BODY_BYTES) });

/** A POST whose body is sent in chunks, without Content-Length. */
function chunked(body: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { method: 'POST', headers: { ...json, 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      done(res.statusCode!);
    });
    req.on('error', fail);
    for (let at = 0; at < body.length; at += 16_384) req.write(body.slice(at, at + 16_384));
    req.end();
  });
}

describe('jsonBodies over HTTP', () => {
  it('passes a JSON body with Content-Length through to the route', async () => {
    const res = await fetch(url, { method: 'POST', headers: json, body: '{"role":"x"}' });
    expect(await res.json()).toEqual({ role: 'x' });
  });

  it('answers 413 for a declared Content-Length over 64 KB', async () => {
    const res = await fetch(url, { method: 'POST', headers: json, body: big });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers 413 for a chunked body over 64 KB, and reads a small one', async () => {
    expect(await chunked(big)).toBe(413);
    expect(await chunked('{"role":"x"}')).toBe(200);
  });
});
