/**
 * The AWS receiving path: SES's receipt rule stored the message in S3 (under
 * `INBOUND_OBJECT_PREFIX` + SES's message id), then invoked the `inbound` function with the
 * receipt. The function reads the object and hands it to the same handler as `npm start`'s
 * SMTP receiver.
 *
 *   spam or virus verdict FAIL ─▶ refused: not read, nothing changes
 *   SPF and DKIM both FAIL     ─▶ read, but its From is not believed (quarantined)
 *   recipients at our domain   ─▶ receiveMail (unknown or forged addresses: refused there)
 */
import { INBOUND_LIMITS } from '@followup/core/inbound';
import type { RawMailSource } from '@followup/core/ports';
import { z } from 'zod';
import type { InboundDeps } from './deps.ts';
import { receiveMail, type RecipientOutcome } from './receive.ts';

/** Where infra/inbound.ts has SES put received mail in the bucket. */
export const INBOUND_OBJECT_PREFIX = 'inbound/';

const verdict = z.object({ status: z.string().max(40) }).optional();
const sesReceiving = z.object({
  Records: z.array(z.object({
    eventSource: z.literal('aws:ses'),
    ses: z.object({
      mail: z.object({ messageId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/) }),
      receipt: z.object({
        recipients: z.array(z.string().max(INBOUND_LIMITS.maxAddressLength)).min(1).max(50),
        spamVerdict: verdict,
        virusVerdict: verdict,
        spfVerdict: verdict,
        dkimVerdict: verdict,
      }),
    }),
  })).min(1).max(10),
});

export interface ReceiptOutcome {
  messageId: string;
  refused?: string;
  recipients: RecipientOutcome[];
}

/**
 * @example await handleSesReceipt(deps, s3Source, event) // [{ messageId: '…', recipients: [{ outcome: 'reply', … }] }]
 */
export async function handleSesReceipt(deps: InboundDeps, source: RawMailSource, event: unknown): Promise<ReceiptOutcome[]> {
  const outcomes: ReceiptOutcome[] = [];
  for (const { ses } of sesReceiving.parse(event).Records) {
    const { messageId } = ses.mail;
    const { receipt } = ses;
    const failed = [['spam', receipt.spamVerdict], ['virus', receipt.virusVerdict]].find(([, v]) => (v as { status: string } | undefined)?.status === 'FAIL');
    if (failed) {
      console.log(JSON.stringify({ level: 'info', event: 'inbound_refused', messageId, why: `${failed[0]} verdict FAIL` }));
      outcomes.push({ messageId, refused: `${failed[0]} verdict FAIL`, recipients: [] });
      continue;
    }
    const { raw, tooLarge } = await source.read(`${INBOUND_OBJECT_PREFIX}${messageId}`, INBOUND_LIMITS.maxBytes);
    const unauthenticated = receipt.spfVerdict?.status === 'FAIL' && receipt.dkimVerdict?.status === 'FAIL';
    outcomes.push({ messageId, recipients: await receiveMail(deps, { raw, recipients: receipt.recipients, tooLarge, unauthenticated }) });
  }
  return outcomes;
}
