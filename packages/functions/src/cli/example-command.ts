import { parseArgs } from 'node:util';
import { UsageError } from './usage.ts';

const ZONE = 'America/New_York';
const HOUR_MS = 3_600_000;

/** `2026-12-01T14:00:00-05:00`: `ms` as wall time in `zone`, with its offset. */
export function localIso(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset' })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.slice(3);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/**
 * The README's walk-through record (examples/interview.json, which stays dated Mon 13 Jan 2025
 * for the Martin Luther King Jr. Day reason), moved to an hour-long interview that ended
 * `endedMinutesAgo` minutes before `now`, to the minute. No externalId, so it can be posted again.
 * @example exampleRecord(Date.now()).interview // { startsAt: '…T13:00:00-05:00', endsAt: '…T14:00:00-05:00', … }
 */
export function exampleRecord(now: number, endedMinutesAgo = 60): Record<string, unknown> {
  const end = Math.floor((now - endedMinutesAgo * 60_000) / 60_000) * 60_000;
  return {
    candidate: { name: 'Ada Park', email: 'ada.park@example.com', timeZone: ZONE, country: 'US' },
    company: { name: 'Acme Analytics', country: 'US', region: 'NY', culture: 'formal', hiringPace: 'normal' },
    role: 'Senior Data Engineer',
    interview: { startsAt: localIso(end - HOUR_MS, ZONE), endsAt: localIso(end, ZONE), format: 'video', round: 2 },
    contacts: [
      { name: 'Maya Chen', email: 'maya.chen@acme.example', title: 'Head of Data Platform', relation: 'hiring_manager', linkedinUrl: 'https://www.linkedin.com/in/maya-chen' },
      { name: 'Tom Reyes', email: 'tom.reyes@acme.example', title: 'Technical Recruiter', relation: 'recruiter' },
    ],
    notes: {
      topics: ['moving batch jobs to streaming', 'on-call load'],
      projects: ['the Kafka migration'],
      skills: ['Python', 'Apache Flink'],
      strengths: ['led a similar migration'],
      concerns: ['limited experience with Scala'],
      rapport: 'strong',
    },
    preferences: { maxFollowUps: 2, linkedin: true },
  };
}

/**
 * `followup example [--ended-minutes-ago N]`: the record as JSON, for `POST /v1/interviews`.
 * @example npx followup example | curl -H "Authorization: Bearer $KEY" -H 'content-type: application/json' -d @- http://127.0.0.1:3000/v1/interviews
 */
export async function exampleCommand(args: string[], now: () => number): Promise<string> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'ended-minutes-ago': { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`example takes no ${positionals[0]}`);
  const raw = values['ended-minutes-ago'];
  const minutes = raw === undefined ? 60 : /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(minutes)) throw new UsageError(`--ended-minutes-ago must be a whole number of minutes (got ${raw})`);
  return `${JSON.stringify(exampleRecord(now(), minutes), null, 2)}\n`;
}
