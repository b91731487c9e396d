import { NotFound } from '@followup/core/errors';
import { INBOUND_LIMITS, readReplyAddress } from '@followup/core/inbound';
import type { StoredInterview } from '@followup/core/ports';
import type { InboundDeps } from './deps.ts';

/**
 * The interview a recipient address names: verified (a forged or altered address names none)
 * and still there. Undefined: refuse the recipient (SMTP 550), nothing changes.
 * @example const interview = await interviewFor(deps, 'mfrw2zi.u…@replies.followup.localhost')
 */
export async function interviewFor(deps: Pick<InboundDeps, 'store' | 'links' | 'domain'>, address: string): Promise<StoredInterview | undefined> {
  if (address.length > INBOUND_LIMITS.maxAddressLength) return undefined;
  const target = readReplyAddress(address, deps.links.key, deps.domain);
  if (!target) return undefined;
  try {
    return await deps.store.get(target.tenant, target.interviewId);
  } catch (error) {
    if (error instanceof NotFound) return undefined;
    throw error;
  }
}
