/**
 * `npm run smoke -- --url URL --key KEY`: checks a fresh stage end to end through its public API.
 *
 *   health ─▶ create an interview whose thank-you is due in ~3 minutes ─▶ its schedule is there
 *          ─▶ create one for SES's bounce simulator, due now ─▶ the reminder goes, bounces, and the
 *             address is blocked (emailBlocked) ─▶ the thank-you goes out ─▶ both interviews deleted
 *
 * Due times are made to fall inside the send window (09:00–17:00 on a weekday) by choosing the
 * candidate's zone among the fixed-offset `Etc/GMT±N` zones and giving no country (no holidays).
 * Against a local stack (127.0.0.1, localhost) the bounce is skipped: aws-ses-v2-local bounces nothing.
 */
import { parseArgs } from 'node:util';
import { localIso } from './example-command.ts';
import { UsageError } from './usage.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
export const BOUNCE_ADDRESS = 'bounce@simulator.amazonses.com';

/** A fixed-offset zone where `at` is a weekday between 10:00 and 16:00, if there is one. */
export function zoneInWindow(at: number): string | undefined {
  for (let hours = -12; hours <= 14; hours++) {
    const local = new Date(at + hours * 3_600_000);
    const day = local.getUTCDay();
    const hour = local.getUTCHours();
    // Etc/GMT signs are inverted (POSIX): Etc/GMT-5 is UTC+05:00.
    if (day >= 1 && day <= 5 && hour >= 10 && hour < 16) return hours === 0 ? 'Etc/UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  return undefined;
}

/** A record whose thank-you (strong rapport: end + 24 h) is due at `dueAt`. */
export function smokeRecord(dueAt: number, zone: string, email: string, label: string): Record<string, unknown> {
  const end = Math.floor((dueAt - DAY) / MINUTE) * MINUTE;
  return {
    externalId: `smoke-${label}-${end}`,
    candidate: { name: 'Smoke Test', email, timeZone: zone },
    company: { name: 'Smoke Check' },
    role: 'Stage check',
    interview: { startsAt: localIso(end - 30 * MINUTE, zone), endsAt: localIso(end, zone) },
    contacts: [{ name: 'Sam Check', relation: 'interviewer', email: 'sam@smoke.example' }],
    notes: { topics: ['the deploy'], rapport: 'strong' },
    preferences: { linkedin: false },
  };
}

type Milestone = { kind: string; status: string; dueAt: string };
type Interview = { id: string; milestones: Milestone[]; emailBlocked?: { reason: string } };

class SmokeFailure extends Error {}

/**
 * @example npm run smoke -- --url https://abc.execute-api.us-east-1.amazonaws.com --key fu_…
 */
export async function smokeCommand(args: string[], now: () => number, err: NodeJS.WritableStream): Promise<string> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, key: { type: 'string' }, wait: { type: 'string' }, 'due-in': { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`smoke takes no ${positionals[0]}`);
  if (!values.url || !/^https?:\/\/[^/]+/.test(values.url)) throw new UsageError('smoke: --url is required: the API URL `sst deploy` printed (https://…)');
  if (!values.key) throw new UsageError('smoke: --key is required: an API key of the stage (npx followup keys create --tenant smoke --aws)');
  const waitS = values.wait === undefined ? 420 : Number(values.wait);
  const dueInS = values['due-in'] === undefined ? 180 : Number(values['due-in']);
  if (!Number.isInteger(waitS) || waitS < 1) throw new UsageError(`--wait must be whole seconds (got ${values.wait})`);
  if (!Number.isInteger(dueInS) || dueInS < 0) throw new UsageError(`--due-in must be whole seconds (got ${values['due-in']})`);
  const base = values.url.replace(/\/$/, '');
  const local = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$)/.test(base);
  const say = (line: string) => err.write(`smoke: ${line}\n`);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${values.key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  };
  const created: string[] = [];
  const deadline = now() + waitS * 1000;
  const poll = async (id: string, done: (i: Interview) => boolean, what: string): Promise<Interview> => {
    for (;;) {
      const { status, json } = await call('GET', `/v1/interviews/${id}`);
      if (status !== 200) throw new SmokeFailure(`GET /v1/interviews/${id} answered ${status}`);
      if (done(json as Interview)) return json as Interview;
      if (now() > deadline) throw new SmokeFailure(`${what}: not within ${waitS} s (${JSON.stringify((json as Interview).milestones.map((m) => `${m.kind}:${m.status}`))})`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  };
  try {
    const health = await fetch(`${base}/health`).catch((error: Error) => {
      throw new SmokeFailure(`${base}/health: ${error.message}`);
    });
    if (health.status !== 200) throw new SmokeFailure(`${base}/health answered ${health.status}`);
    say(`${base} is up`);

    const dueAt = now() + dueInS * 1000;
    const zone = zoneInWindow(dueAt);
    if (!zone) throw new SmokeFailure('no time zone is in business hours right now (weekend everywhere); run it on a weekday');
    const made = await call('POST', '/v1/interviews', smokeRecord(dueAt, zone, 'smoke@smoke.example', 'due'));
    if (made.status !== 201) throw new SmokeFailure(`POST /v1/interviews answered ${made.status}: ${JSON.stringify(made.json)}`);
    const interview = made.json as Interview;
    created.push(interview.id);
    const thankYou = interview.milestones.find((m) => m.kind === 'thank_you');
    if (thankYou?.status !== 'scheduled') throw new SmokeFailure(`the thank-you is not scheduled: ${JSON.stringify(thankYou)}`);
    say(`interview ${interview.id}: thank-you scheduled for ${thankYou.dueAt} (${zone}); ${interview.milestones.length} milestones planned`);

    if (local) {
      say(`bounce check skipped: ${base} is local, and aws-ses-v2-local bounces nothing (SES's simulator, ${BOUNCE_ADDRESS}, answers only on AWS)`);
    } else {
      const bounceZone = zoneInWindow(now()) ?? zone;
      const bounce = await call('POST', '/v1/interviews', smokeRecord(now() - MINUTE, bounceZone, BOUNCE_ADDRESS, 'bounce'));
      if (bounce.status !== 201) throw new SmokeFailure(`POST /v1/interviews (bounce) answered ${bounce.status}: ${JSON.stringify(bounce.json)}`);
      created.push((bounce.json as Interview).id);
      say(`interview ${(bounce.json as Interview).id}: a reminder to ${BOUNCE_ADDRESS}, due now; waiting for the bounce`);
      await poll((bounce.json as Interview).id, (i) => i.emailBlocked?.reason === 'bounce', 'the bounce blocking the address');
      say(`${BOUNCE_ADDRESS} is blocked after its bounce`);
    }

    const sent = await poll(interview.id, (i) => ['reminded', 'done', 'unconfirmed'].includes(i.milestones.find((m) => m.kind === 'thank_you')?.status ?? ''), 'the thank-you reminder');
    say(`the thank-you reminder went out (${sent.milestones.find((m) => m.kind === 'thank_you')!.status})`);
    return `smoke: OK ${base}\n`;
  } catch (error) {
    if (error instanceof SmokeFailure) throw new SmokeFailedError(error.message);
    throw error;
  } finally {
    for (const id of created) {
      const { status } = await call('DELETE', `/v1/interviews/${id}`).catch(() => ({ status: 0 }));
      say(status === 204 ? `deleted ${id}` : `could not delete ${id} (${status}); delete it by hand`);
    }
  }
}

/** The stage failed a check: exit code 1 with what failed. */
export class SmokeFailedError extends Error {
  override name = 'SmokeFailedError';
}
