/**
 * Which interview a provider's delivery is about. Rules, in order:
 * 1. the delivery's most specific id (booking, else application, else candidate id) that a
 *    webhook of the same tenant and provider created, changed or matched an interview with.
 *    Only the most specific: a known candidate with an unknown application is another
 *    application (another job), not the interview of the known one;
 * 2. else an interview whose record's `externalId` is that id (created through the API under,
 *    say, the Lever opportunity id: Lever's payloads carry no email);
 * 3. else the candidate's email: of their interviews, newest first, the one `pick` picks (an
 *    event: the newest active one, else the newest; a booking: an active one not yet held).
 * Whatever matched, the delivery's ids (and its job) are remembered for the next delivery.
 */
import { NotFound } from '../errors/errors.ts';
import type { InterviewStore, StoredInterview } from '../ports/store.ts';
import { MATCH_ID_KINDS, type MatchId, type WebhookMatchStore } from '../ports/webhooks.ts';

/**
 * How to find the interview(s) an event is about: the provider's ids kept on the record,
 * falling back to the candidate's email. Ids are strings whatever the provider's type.
 */
export interface MatchKeys {
  /** ATS application (Greenhouse application, Lever opportunity, Ashby application). */
  applicationId?: string;
  candidateId?: string;
  /** Calendar booking (Calendly invitee URI, Cal.com booking uid). */
  bookingId?: string;
  jobId?: string;
  candidateEmail?: string;
}

/** A delivery's tenant and provider: every lookup is scoped by both. */
export interface MatchScope {
  store: InterviewStore;
  matches: WebhookMatchStore;
  tenant: string;
  provider: string;
}

type Pick = (newestFirst: StoredInterview[]) => StoredInterview | undefined;

/** How many of a candidate's interviews the email fallback looks at, newest first. */
const BY_EMAIL = 20;

const isActive = (interview: StoredInterview) => interview.state.status === 'active';

/** An event is about the candidate's newest active interview, else their newest. */
export const forEvent: Pick = (newestFirst) => newestFirst.find(isActive) ?? newestFirst[0];

/** By email, only a booking not yet held is the same interview: a later one is a new round. */
export const forBooking = (now: number): Pick => (newestFirst) =>
  newestFirst.find((i) => isActive(i) && Date.parse(i.state.record.interview.endsAt) > now);

/** The ids of `match` the store keeps, most specific first. */
export function matchIds(match: MatchKeys): MatchId[] {
  return MATCH_ID_KINDS.flatMap((kind) => (match[kind] ? [{ kind, value: match[kind] }] : []));
}

/**
 * The interview `match` names, if any.
 * @example await findInterview(scope, { applicationId: '265293', candidateEmail: 'ada@example.com' }, forEvent)
 */
export async function findInterview(scope: MatchScope, match: MatchKeys, pick: Pick): Promise<StoredInterview | undefined> {
  const { store, matches, tenant, provider } = scope;
  for (const id of await matches.find(tenant, provider, matchIds(match).slice(0, 1))) {
    // A lookup can outlive its interview (erased): then it points at nothing.
    const interview = await getOrUndefined(store, tenant, id);
    if (interview) return interview;
  }
  if (!match.candidateEmail) return undefined;
  const { items } = await store.list(tenant, { candidateEmail: match.candidateEmail, limit: BY_EMAIL });
  return pick(items);
}

/** Keeps `match`'s ids (and job) pointing at `interviewId`. */
export async function remember({ matches, tenant, provider }: MatchScope, match: MatchKeys, interviewId: string): Promise<void> {
  await Promise.all([
    matches.remember(tenant, provider, matchIds(match), interviewId),
    match.jobId ? matches.addToJob(tenant, provider, match.jobId, interviewId) : undefined,
  ]);
}

/**
 * Claims the delivery's most specific id for a new interview `id`, so that twin deliveries of
 * one booking make one interview. Returns the interview that already holds it instead, once it
 * can be read (the twin that claimed first may still be writing it); undefined when the claim
 * is ours or its holder never appeared (a crash between claim and create): then ours replaces it.
 */
export async function claimForNew(scope: MatchScope, match: MatchKeys, id: string, sleep: (ms: number) => Promise<void>): Promise<StoredInterview | undefined> {
  const [strongest] = matchIds(match);
  if (!strongest) return undefined;
  const holder = await scope.matches.claim(scope.tenant, scope.provider, strongest, id);
  if (!holder) return undefined;
  for (let wait = 0; wait < HOLDER_WAITS; wait++) {
    const interview = await getOrUndefined(scope.store, scope.tenant, holder);
    if (interview) return interview;
    await sleep(HOLDER_POLL_MS);
  }
  await scope.matches.remember(scope.tenant, scope.provider, [strongest], id);
  return undefined;
}

/** How long a twin waits for the interview its sibling claimed to be written: 40 × 50 ms. */
const HOLDER_WAITS = 40;
const HOLDER_POLL_MS = 50;

/** What a match names, for the delivery log: ids only, never the candidate's email. */
export function describeMatch(match: MatchKeys): string {
  const ids = matchIds(match).map(({ kind, value }) => `${kind} ${value}`);
  if (match.candidateEmail) ids.push("the candidate's email");
  return ids.join(', ') || 'nothing';
}

async function getOrUndefined(store: InterviewStore, tenant: string, id: string): Promise<StoredInterview | undefined> {
  return store.get(tenant, id).catch((error: unknown) => {
    if (error instanceof NotFound) return undefined;
    throw error;
  });
}
