/**
 * Which interview a delivery is about. Rules, in order:
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
import { NotFound } from '@followup/core/errors';
import { MATCH_ID_KINDS, type MatchId, type StoredInterview } from '@followup/core/ports/index';
import type { AppDeps } from '../env.ts';
import type { MatchKeys, Provider } from '../webhooks/index.ts';

/** A delivery's tenant and provider: every lookup is scoped by both. */
export interface Scope {
  deps: AppDeps;
  tenant: string;
  provider: Provider;
}

/** How many of a candidate's interviews the email fallback looks at, newest first. */
const BY_EMAIL = 20;

/** The ids of `match` the store keeps, most specific first. */
function matchIds(match: MatchKeys): MatchId[] {
  return MATCH_ID_KINDS.flatMap((kind) => (match[kind] ? [{ kind, value: match[kind] }] : []));
}

/**
 * The interview `match` names, if any.
 * @example await findInterview(scope, { applicationId: '265293', candidateEmail: 'ada@example.com' }, (items) => items[0])
 */
export async function findInterview(
  { deps, tenant, provider }: Scope, match: MatchKeys, pick: (newestFirst: StoredInterview[]) => StoredInterview | undefined,
): Promise<StoredInterview | undefined> {
  for (const id of await deps.webhooks.matches.find(tenant, provider, matchIds(match).slice(0, 1))) {
    // A lookup can outlive its interview (erased): then it points at nothing.
    const interview = await deps.interviews.get(tenant, id).catch((error: unknown) => {
      if (error instanceof NotFound) return undefined;
      throw error;
    });
    if (interview) return interview;
  }
  if (!match.candidateEmail) return undefined;
  const { items } = await deps.interviews.list(tenant, { candidateEmail: match.candidateEmail, limit: BY_EMAIL });
  return pick(items);
}

/** Keeps `match`'s ids (and job) pointing at `interviewId`. */
export async function remember({ deps, tenant, provider }: Scope, match: MatchKeys, interviewId: string): Promise<void> {
  const { matches } = deps.webhooks;
  await Promise.all([
    matches.remember(tenant, provider, matchIds(match), interviewId),
    match.jobId ? matches.addToJob(tenant, provider, match.jobId, interviewId) : undefined,
  ]);
}

/** What a match names, for the delivery log: ids only, never the candidate's email. */
export function describeMatch(match: MatchKeys): string {
  const ids = matchIds(match).map(({ kind, value }) => `${kind} ${value}`);
  if (match.candidateEmail) ids.push("the candidate's email");
  return ids.join(', ') || 'nothing';
}
