/**
 * What the interview resource shows of inbound mail: its reply address, and the contacts a
 * bounce marked. `interviews/view.ts` spreads it in; the address needs the link key and the
 * inbound domain, which it reads from the request's deps (Hono's context storage), so the
 * interview routes' calls stay as they are.
 */
import { replyAddress } from '@followup/core/inbound';
import type { StoredInterview } from '@followup/core/ports';
import { tryGetContext } from 'hono/context-storage';
import type { AppEnv } from '../http/env.ts';

/**
 * @example { ...interviewFields, ...inboundView(interview) } // { replyAddress: 'mfrw2zi.u…@replies.followup.localhost' }
 */
export function inboundView(interview: StoredInterview): { replyAddress?: string; undeliverableContacts?: { email: string; at: string }[] } {
  const deps = tryGetContext<AppEnv>()?.var.deps;
  const undeliverable = interview.state.undeliverableContacts;
  return {
    ...(deps?.inbound && { replyAddress: replyAddress({ tenant: interview.tenant, interviewId: interview.id }, deps.links.key, deps.inbound.domain) }),
    ...(undeliverable?.length && { undeliverableContacts: undeliverable }),
  };
}
