/**
 * The one handler both receiving paths share (the local SMTP receiver and the AWS `inbound`
 * function): raw bytes and the envelope's recipients in, what became of each recipient out.
 *
 *   recipients ─▶ verified reply addresses of interviews that exist (others: refused, nothing changes)
 *   raw ─▶ too large / unreadable: logged quarantined, nothing changes
 *       ─▶ parse (mailparser) ─▶ per interview: claim the Message-ID ─┬─ taken: logged duplicate
 *                                                                     └─ ours: classify ─▶ apply ─▶ log ─▶ notice
 * Nothing is ever sent to the message's sender: the only mail that leaves goes to the candidate.
 */
import { createHash } from 'node:crypto';
import { classifyMessage, INBOUND_LIMITS, type InboundMessage } from '@followup/core/inbound';
import type { MessageEntry, MessageKind, StoredInterview } from '@followup/core/ports';
import { applyMessage } from './apply-message.ts';
import type { InboundDeps } from './deps.ts';
import { noticeEmail } from './notice.ts';
import { parseMessage, UnreadableMessage } from './parse.ts';
import { interviewFor } from './resolve.ts';

export interface ReceivedMail {
  raw: Uint8Array;
  /** The envelope's recipients (RCPT TO; SES's receipt.recipients). */
  recipients: string[];
  /** The receiver stopped reading at the size cap. */
  tooLarge?: boolean;
  /** SPF and DKIM both failed (SES's verdicts): the From is not believed. */
  unauthenticated?: boolean;
  /** Interviews the receiver already resolved (SMTP: at RCPT time), by recipient; the others are read here. */
  resolved?: ReadonlyMap<string, StoredInterview>;
  /**
   * Takes the candidate's notices instead of waiting for them, so a receiver that stays up (SMTP)
   * answers the sender first; without it (Lambda) they are sent before `receiveMail` returns.
   */
  later?: (work: Promise<unknown>) => void;
}

export interface RecipientOutcome {
  recipient: string;
  outcome: MessageKind | 'refused';
  interviewId?: string;
  changed?: string;
}

const KEPT_HEADERS = ['message-id', 'in-reply-to', 'references', 'auto-submitted', 'x-autoreply', 'x-autorespond', 'precedence', 'x-ms-exchange-inbox-rules-loop', 'content-type'];

/**
 * @example await receiveMail(deps, { raw, recipients: ['mfrw2zi.u…@replies.followup.localhost'] }) // [{ outcome: 'reply', … }]
 */
export async function receiveMail(deps: InboundDeps, mail: ReceivedMail): Promise<RecipientOutcome[]> {
  const recipients = [...new Set(mail.recipients.map((r) => r.toLowerCase()))].slice(0, INBOUND_LIMITS.maxRecipients);
  const targets: { recipient: string; interview?: StoredInterview }[] = [];
  for (const recipient of recipients) targets.push({ recipient, interview: mail.resolved?.get(recipient) ?? await interviewFor(deps, recipient) });
  const known = targets.filter((t): t is { recipient: string; interview: StoredInterview } => !!t.interview);
  const outcomes: RecipientOutcome[] = targets.filter((t) => !t.interview).map((t) => ({ recipient: t.recipient, outcome: 'refused' }));
  if (!known.length) return outcomes;

  let message: InboundMessage | undefined;
  let unreadable: string | undefined;
  if (mail.tooLarge || mail.raw.length > INBOUND_LIMITS.maxBytes) unreadable = `larger than ${INBOUND_LIMITS.maxBytes / 1024} KB: not read`;
  else {
    try {
      message = await parseMessage(mail.raw);
    } catch (error) {
      unreadable = error instanceof UnreadableMessage ? `${error.message}: not read` : `unreadable (${(error as Error).message})`;
    }
  }
  const now = deps.clock.now();
  const messageKey = message?.messageId ?? `sha256:${createHash('sha256').update(mail.raw).digest('hex')}`;
  for (const { recipient, interview } of known) {
    const entry: MessageEntry = {
      id: deps.newId(),
      tenant: interview.tenant,
      interviewId: interview.id,
      messageKey,
      receivedAt: new Date(now).toISOString(),
      ...(message?.from && { from: message.from.address }),
      subject: message?.subject ?? '',
      ...(message?.date !== undefined && { date: new Date(message.date).toISOString() }),
      understoodAs: 'processing',
      why: '',
      changed: '',
      headers: message ? Object.fromEntries(KEPT_HEADERS.filter((h) => message!.headers[h] !== undefined).map((h) => [h, message!.headers[h]!.slice(0, 300)])) : {},
      excerpt: '',
    };
    if (!message) {
      await deps.messages.log({ ...entry, understoodAs: 'quarantined', why: unreadable!, changed: 'nothing: quarantined' });
      outcomes.push({ recipient, outcome: 'quarantined', interviewId: interview.id, changed: 'nothing' });
      continue;
    }
    outcomes.push(await receiveOne(deps, interview, message, entry, mail, recipient));
  }
  return outcomes;
}

async function receiveOne(deps: InboundDeps, interview: StoredInterview, message: InboundMessage, entry: MessageEntry, mail: ReceivedMail, recipient: string): Promise<RecipientOutcome> {
  const earlier = await deps.messages.claim(entry);
  if (earlier) {
    const how = earlier.understoodAs === 'processing' ? 'while it was still being processed' : `(${earlier.understoodAs})`;
    await deps.messages.log({ ...entry, understoodAs: 'duplicate', why: `received before at ${earlier.receivedAt} ${how}`, changed: 'nothing' });
    return { recipient, outcome: 'duplicate', interviewId: interview.id, changed: 'nothing' };
  }
  try {
    const { record, milestones } = interview.state;
    const classified = classifyMessage(message, {
      candidateEmail: record.candidate.email,
      contacts: record.contacts,
      timeZone: record.candidate.timeZone,
      milestones,
      receivedAt: deps.clock.now(),
      unauthenticated: mail.unauthenticated ?? false,
    });
    const u = classified.understanding;
    const applied = await applyMessage(deps, interview, classified);
    const settled: MessageEntry = {
      ...entry,
      understoodAs: u.kind,
      why: u.kind === 'quarantined' ? `${classified.why}: ${u.why}` : classified.why,
      changed: applied.changed,
      ...(u.kind === 'reply' && { suggestion: u.verdict.verdict }),
      excerpt: classified.excerpt,
    };
    const notice = applied.notice && !interview.state.emailBlocked
      ? deps.mailer.send(noticeEmail(interview, applied.notice, deps.links, deps.from, deps.clock.now())).catch((error: unknown) => {
        console.error(JSON.stringify({ level: 'error', event: 'inbound_notice_failed', tenant: interview.tenant, interview: interview.id, message: (error as Error).message }));
      })
      : undefined;
    // Failing here leaves the claim to its lease: a redelivery after it is then carried out again, and changes nothing twice.
    if (notice && mail.later) mail.later(notice);
    await Promise.all([deps.messages.settle(settled), !mail.later && notice]);
    return { recipient, outcome: u.kind, interviewId: interview.id, changed: applied.changed };
  } catch (error) {
    await deps.messages.release(entry);
    throw error;
  }
}
