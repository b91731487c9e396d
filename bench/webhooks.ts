/**
 * `npm run bench:webhooks`: 20,000 signed deliveries against the embedded stack (dynalite in
 * its worker, the API on loopback, a fresh data folder): six providers, 10 % redeliveries.
 *
 *   wave 1  bookings: Cal.com, Calendly, Standard Webhooks create 9,000 interviews
 *   wave 2  events:   a Greenhouse rejection (matched by email), an Ashby stage change (email),
 *                     a Standard offer (application id), a Lever stage change (externalId of an
 *                     interview created through the API beforehand): 9,000 changes
 *   each wave: its deliveries plus 1,000 redeliveries of them, shuffled, at bounded concurrency
 *
 * Checks every delivery was answered 200 and, in the delivery log, that each distinct delivery
 * was applied exactly once and each redelivery logged as a duplicate.
 *
 *   node --import tsx bench/webhooks.ts [--deliveries 20000] [--concurrency 64]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, quietAwsSdk } from '../packages/core/src/config/config.ts';
import { startStack } from '../packages/functions/src/local/stack.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';
import type { Provider } from '../packages/functions/src/webhooks/index.ts';
import { sampleJson, signDelivery, TEST_SECRETS } from '../test/support/webhooks/index.ts';

quietAwsSdk();
const { values } = parseArgs({ options: { deliveries: { type: 'string', default: '20000' }, concurrency: { type: 'string', default: '64' } } });
const TOTAL = Number(values.deliveries);
const CONCURRENCY = Number(values.concurrency);
const TARGET_PER_S = 500;
/** Per wave: distinct deliveries, then 10 % of all deliveries as redeliveries. */
const DISTINCT = Math.round((TOTAL * 0.9) / 2);
const REDELIVERED = Math.round((TOTAL * 0.1) / 2);
const third = Math.floor(DISTINCT / 3);
const DAY_MS = 86_400_000;

interface Unsigned {
  provider: Provider;
  rawBody: string;
  /** The provider's delivery id where it sends one (Greenhouse, Lever, Standard Webhooks). */
  id: string;
}
interface Signed {
  endpoint: string;
  provider: Provider;
  rawBody: string;
  headers: Record<string, string>;
}

// `any`: the samples are edited field by field.
const base = (file: string) => sampleJson<any>(file);
const json = (build: (body: any) => void, file: string) => {
  const body = base(file);
  build(body);
  return JSON.stringify(body);
};

function bookings(start: string): Unsigned[] {
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  return Array.from({ length: DISTINCT }, (_, i): Unsigned => {
    const email = `candidate-${i}@bench.example`;
    if (i < third) {
      return { provider: 'calcom', id: '', rawBody: json((b) => {
        Object.assign(b.payload, { uid: `bench-booking-${i}`, startTime: start, endTime: end });
        Object.assign(b.payload.attendees[0], { email, timeZone: 'America/New_York' });
      }, 'calcom-BOOKING_CREATED.json') };
    }
    if (i < 2 * third) {
      return { provider: 'calendly', id: '', rawBody: json((b) => {
        Object.assign(b.payload, { uri: `https://api.calendly.com/invitees/bench-${i}`, email, timezone: 'America/Chicago' });
        Object.assign(b.payload.scheduled_event, { start_time: start, end_time: end });
      }, 'calendly-invitee.created.json') };
    }
    return { provider: 'standard', id: `msg_booked_${i}`, rawBody: JSON.stringify({
      type: 'interview.booked',
      data: { applicationId: `app_${i}`, candidate: { name: `Candidate ${i}`, email, timeZone: 'Europe/London' }, interview: { startsAt: start, endsAt: end } },
    }) };
  });
}

function events(): Unsigned[] {
  return Array.from({ length: DISTINCT }, (_, i): Unsigned => {
    const email = `candidate-${i}@bench.example`;
    if (i < third) {
      return { provider: 'greenhouse', id: `gh_${i}`, rawBody: json((b) => {
        Object.assign(b.payload.application, { id: 1_000_000 + i });
        Object.assign(b.payload.application.candidate, { id: 2_000_000 + i, email_addresses: [{ value: email, type: 'personal' }] });
      }, 'greenhouse-reject_candidate.json') };
    }
    if (i < 2 * third) {
      return { provider: 'ashby', id: '', rawBody: json((b) => {
        b.webhookActionId = `wh_${i}`;
        b.data.application.id = `ashby-app-${i}`;
        Object.assign(b.data.application.candidate, { id: `ashby-cand-${i}`, primaryEmailAddress: { value: email } });
      }, 'ashby-candidateStageChange.json') };
    }
    // Half the Standard bookings get an offer; the other half's slots go to Lever.
    if (i % 2 === 0) {
      return { provider: 'standard', id: `msg_offer_${i}`, rawBody: JSON.stringify({ type: 'application.offer', data: { applicationId: `app_${i}` } }) };
    }
    return { provider: 'lever', id: `lever_token_${i}`, rawBody: json((b) => {
      b.data.opportunityId = `opp-${i}`;
      b.data.candidateId = `lever-cand-${i}`;
    }, 'lever-candidateStageChange.fixed-json.json') };
  });
}

/** The wave's deliveries plus redeliveries of some of them (the very same signed bytes), shuffled. */
function wave(distinct: Unsigned[], endpoints: Record<Provider, string>): () => Signed[] {
  return () => {
    const now = Date.now();
    const signed = distinct.map(({ provider, rawBody, id }): Signed => ({
      endpoint: endpoints[provider],
      provider,
      ...signDelivery(provider, { rawBody, secret: secrets[provider], now, ...(id && { id }) }),
    }));
    const again = Array.from({ length: REDELIVERED }, (_, k) => signed[Math.floor((k * signed.length) / REDELIVERED)]!);
    const all = [...signed, ...again];
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    return all;
  };
}

const secrets = { ...TEST_SECRETS } as Record<Provider, string>;

interface Sent {
  statuses: Map<number, number>;
  latencies: number[];
  ms: number;
}

async function send(apiUrl: string, deliveries: Signed[]): Promise<Sent> {
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < deliveries.length) {
      const d = deliveries[next++]!;
      const at = performance.now();
      const res = await fetch(`${apiUrl}/v1/webhooks/${d.endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json', ...d.headers }, body: d.rawBody });
      await res.arrayBuffer();
      latencies.push(performance.now() - at);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }));
  return { statuses, latencies, ms: performance.now() - started };
}

const dataDir = mkdtempSync(join(tmpdir(), 'followup-bench-webhooks-'));
const stack = await startStack(loadConfig({ FOLLOWUP_DATA_DIR: dataDir, PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_SMTP_PORT: '0' }));
try {
  const key = stack.entries[0]!.key;
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${stack.apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };

  const endpoints = {} as Record<Provider, string>;
  for (const provider of ['greenhouse', 'lever', 'ashby', 'calendly', 'calcom', 'standard'] as const) {
    const endpoint = await api('POST', '/v1/webhook-endpoints', {
      provider,
      ...(provider === 'lever' && { secret: TEST_SECRETS.lever }),
      defaults: { company: 'Bench Corp', role: 'Engineer' },
    });
    endpoints[provider] = endpoint.id;
    secrets[provider] = endpoint.secret;
  }
  // Lever's payloads carry no email: its opportunities are interviews created through the API under their id.
  const start = new Date(Date.now() + 3 * DAY_MS).toISOString();
  const leverIds = events().filter((e) => e.provider === 'lever').map((e) => JSON.parse(e.rawBody).data.opportunityId as string);
  process.stderr.write(`setup: ${leverIds.length} interviews through the API for Lever … `);
  const setupStarted = performance.now();
  for (let i = 0; i < leverIds.length; i += CONCURRENCY) {
    await Promise.all(leverIds.slice(i, i + CONCURRENCY).map((externalId) =>
      api('POST', '/v1/interviews', sampleRecord({ externalId, interview: { startsAt: start } }))));
  }
  // The reference: the API's own create on the same stack, one conditional write and a plan each.
  const createRate = (leverIds.length / (performance.now() - setupStarted)) * 1000;
  process.stderr.write('done\n');

  const results: Sent[] = [];
  for (const [name, build] of [['bookings', wave(bookings(start), endpoints)], ['events', wave(events(), endpoints)]] as const) {
    const deliveries = build();
    process.stderr.write(`wave ${name}: ${deliveries.length} deliveries … `);
    results.push(await send(stack.apiUrl, deliveries));
    process.stderr.write('done\n');
  }

  const count = async (status: string) => {
    let n = 0;
    let cursor: string | undefined;
    do {
      const page = await api('GET', `/v1/webhook-events?status=${status}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      n += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return n;
  };
  const [applied, duplicates, other] = [await count('applied'), await count('duplicate'),
    (await Promise.all(['unmatched', 'ignored', 'needs_defaults', 'processing'].map(count))).reduce((a, b) => a + b, 0)];

  const sent = results.reduce((n, r) => n + r.latencies.length, 0);
  const ms = results.reduce((n, r) => n + r.ms, 0);
  const ok = results.reduce((n, r) => n + (r.statuses.get(200) ?? 0), 0);
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  const rate = (sent / ms) * 1000;
  const distinct = 2 * DISTINCT;
  const statuses = results.flatMap((r) => [...r.statuses]).reduce((m, [s, n]) => m.set(s, (m.get(s) ?? 0) + n), new Map<number, number>());

  console.log(`\nfollowup webhooks bench — ${sent} signed deliveries (6 providers, ${2 * REDELIVERED} redeliveries), ${CONCURRENCY} concurrent, embedded stack on loopback, fresh data folder\n`);
  console.log(`deliveries/s        ${rate.toFixed(0).padStart(8)}   (target ≥ ${TARGET_PER_S}/s) ${rate >= TARGET_PER_S ? 'ok' : 'MISSED'}`);
  console.log(`POST /v1/interviews ${createRate.toFixed(0).padStart(8)}/s on the same stack (reference: one create, where a delivery makes 6 to 9 store calls)`);
  console.log(`latency p50 / p99   ${pct(0.5).padStart(8)} / ${pct(0.99)} ms`);
  console.log(`answered 200        ${String(ok).padStart(8)} of ${sent}   ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')} ${ok === sent ? 'ok' : 'MISSED'}`);
  console.log(`applied in the log  ${String(applied).padStart(8)} of ${distinct} distinct deliveries (each exactly once) ${applied === distinct ? 'ok' : 'MISSED'}`);
  console.log(`duplicates logged   ${String(duplicates).padStart(8)} of ${2 * REDELIVERED} redeliveries ${duplicates === 2 * REDELIVERED ? 'ok' : 'MISSED'}`);
  console.log(`other outcomes      ${String(other).padStart(8)} (unmatched, ignored, needs_defaults, processing) ${other === 0 ? 'ok' : 'MISSED'}`);
  process.exitCode = ok === sent && applied === distinct && duplicates === 2 * REDELIVERED && other === 0 ? 0 : 1;
} finally {
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
}
