/**
 * What a message to an interview's reply address is (POLICY "What followup learns by email"):
 *
 *   DSN (multipart/report; delivery-status) ────────────────▶ bounce (the contacts it names)
 *   From the candidate ─┬─ a forwarded message ─┬─ from a mail system / bounce text ─▶ bounce
 *                       │                       ├─ an out-of-office ─▶ auto_reply
 *                       │                       └─ anything else ─▶ reply (forwarded)
 *                       └─ to someone else (their Bcc) ─▶ sent_copy
 *   From the employer's domain ─┬─ RFC 3834 / vendor headers / subject ─▶ auto_reply
 *                               └─ otherwise ─▶ reply (direct)
 *   Anyone else, or a sender that failed SPF and DKIM ─▶ quarantined
 *
 * Pure: the caller gives the interview's people, its milestones and the time it arrived.
 */
import type { Milestone, MilestoneKind } from '../planner/milestone.ts';
import { autoReplyRule, autoReplySubject } from './auto-reply.ts';
import { addressesInBounceText, failedRecipients, isDeliveryReport, isMailSystem } from './bounce.ts';
import { instantIn } from './chrono-dates.ts';
import { decisionDate } from './decision-date.ts';
import { employerMatch } from './employer.ts';
import { excerptOf } from './excerpt.ts';
import { forwardedOf, type ForwardFormat } from './forwarded.ts';
import { localDateOf } from './local-date.ts';
import type { InboundMessage } from './message.ts';
import { returnDate } from './return-date.ts';
import { sentMilestone } from './sent-match.ts';
import { suggestVerdict, type VerdictResult } from './verdict.ts';

export interface ClassifyContext {
  candidateEmail: string;
  contacts: readonly { email?: string }[];
  /** The candidate's zone: local dates are theirs (POLICY). */
  timeZone: string;
  milestones: readonly Milestone[];
  /** When it arrived (the clock): a `Date` after it is not believed. */
  receivedAt: number;
  /** The receiving system found both SPF and DKIM failing: the From is not the sender's. */
  unauthenticated?: boolean;
}

export type Understanding =
  | { kind: 'sent_copy'; milestone?: MilestoneKind; on: string }
  | { kind: 'auto_reply'; from: string; rule: string; backOn?: string; backText?: string }
  | { kind: 'bounce'; contacts: string[]; reported: string[] }
  | { kind: 'reply'; from: string; via: 'forwarded' | 'direct'; format?: ForwardFormat; verdict: VerdictResult; decisionDate?: string }
  | { kind: 'quarantined'; why: string };

export interface Classified {
  understanding: Understanding;
  /** When the message (or the forwarded original) was written, epoch ms. */
  writtenAt: number;
  /** The new text, quoted history stripped (the forwarded original's, for a forward). */
  excerpt: string;
  /** One sentence: what it was understood as, and by which rule. */
  why: string;
}

const OOO_TEXT = /\b(out of (the )?office|on (annual )?leave|on vacation|on holiday|away from (the office|my desk)|limited access to (e-?mail|my email))\b/i;

/**
 * @example classifyMessage(message, { candidateEmail: 'ann@example.com', contacts, timeZone, milestones, receivedAt: clock.now() }).understanding.kind // 'reply'
 */
export function classifyMessage(message: InboundMessage, ctx: ClassifyContext): Classified {
  const sentAt = Math.min(message.date ?? ctx.receivedAt, ctx.receivedAt);
  const contactEmails = ctx.contacts.map((c) => c.email?.toLowerCase()).filter((e): e is string => !!e);
  const result = (understanding: Understanding, why: string, writtenAt = sentAt, text = message.text): Classified =>
    ({ understanding, why, writtenAt, excerpt: excerptOf(text) });

  if (isDeliveryReport(message) && message.deliveryStatus !== undefined) {
    const reported = failedRecipients(message.deliveryStatus);
    const contacts = reported.filter((r) => contactEmails.includes(r));
    return result({ kind: 'bounce', contacts, reported }, `a delivery status report (RFC 3464) with ${reported.length} failed recipient(s)`);
  }
  const from = message.from?.address;
  if (!from) return result({ kind: 'quarantined', why: 'it has no From address' }, 'no sender');
  if (ctx.unauthenticated) return result({ kind: 'quarantined', why: `${from} failed both SPF and DKIM` }, 'unauthenticated sender');

  if (from === ctx.candidateEmail.toLowerCase()) {
    const forwarded = forwardedOf(message.text);
    if (forwarded?.from) {
      const original = forwarded.from.address;
      const writtenAt = Math.min(forwarded.dateText ? instantIn(forwarded.dateText, sentAt, ctx.timeZone) ?? sentAt : sentAt, sentAt);
      const how = `the candidate forwarded (${forwarded.format.replace('_', ' ')} format) a message from ${original}`;
      if (isMailSystem(original) || isMailSystem(forwarded.from.name ?? '')) {
        const reported = addressesInBounceText(forwarded.text);
        const contacts = reported.filter((r) => contactEmails.includes(r));
        return result({ kind: 'bounce', contacts, reported }, `${how}: a bounce notice`, writtenAt, forwarded.text);
      }
      const auto = autoReplySubject(forwarded.subject ?? '') ?? (OOO_TEXT.test(forwarded.text.slice(0, 2000)) ? 'out-of-office wording' : undefined);
      if (auto) return autoReply(original, auto, `${how}: an automatic reply`, writtenAt, forwarded.text);
      return reply(original, 'forwarded', how, writtenAt, forwarded.text, forwarded.format);
    }
    const others = [...message.to, ...message.cc].filter((a) => a.address !== from);
    if (!others.length) return result({ kind: 'quarantined', why: 'a message from the candidate to this address alone: neither a forward nor a copy of a sent draft' }, 'nothing to learn');
    const milestone = sentMilestone(ctx.milestones, message.subject);
    return result({ kind: 'sent_copy', ...(milestone && { milestone }), on: localDateOf(sentAt, ctx.timeZone) },
      `the candidate's own message to ${others[0]!.address} (their Bcc copy)`);
  }

  const employer = employerMatch(from, contactEmails);
  if (employer) {
    const rule = autoReplyRule(message);
    if (rule) return autoReply(from, rule, `an automatic reply from ${from} (${rule})`, sentAt, message.text);
    return reply(from, 'direct', `a message from ${from} (${employer})`, sentAt, message.text);
  }
  return result({ kind: 'quarantined', why: `${from} is neither the candidate nor at the employer's domain` }, 'a stranger');

  function autoReply(sender: string, rule: string, why: string, writtenAt: number, text: string): Classified {
    const back = returnDate(`${message.subject}\n${text}`, writtenAt, ctx.timeZone);
    return result({ kind: 'auto_reply', from: sender, rule, ...(back && { backOn: back.backOn, backText: back.text }) },
      back ? `${why}, back on ${back.backOn} ("${back.text}")` : `${why}, with no return date`, writtenAt, text);
  }

  function reply(sender: string, via: 'forwarded' | 'direct', why: string, writtenAt: number, text: string, format?: ForwardFormat): Classified {
    const verdict = suggestVerdict(text);
    const decided = decisionDate(text, writtenAt, ctx.timeZone);
    return result({ kind: 'reply', from: sender, via, ...(format && { format }), verdict, ...(decided && { decisionDate: decided }) },
      `${why}; it looks like ${verdict.verdict === 'other' ? 'an answer without a decision' : `${verdict.verdict.replace('_', ' ')} ("${verdict.because}")`}`, writtenAt, text);
  }
}
