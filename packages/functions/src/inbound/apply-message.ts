/**
 * What a classified message does to its interview, always through the interview service
 * (POLICY "What followup learns by email"). Returns what changed, in a sentence for the log,
 * and the notice the candidate gets, if any. Refusals by the lifecycle change nothing and say why.
 *
 *   sent_copy   ─▶ applyEvent sent (kind, on = the message's local date)
 *   auto_reply  ─▶ delayForOutOfOffice (a snooze whose reason names the reply)
 *   bounce      ─▶ markContactsUndeliverable ─▶ notice
 *   reply       ─▶ applyEvent reply (decision date) ─▶ notice "They replied — it looks like …"
 *   quarantined ─▶ nothing
 */
import { IllegalTransition, ValidationError } from '@followup/core/errors';
import type { Classified } from '@followup/core/inbound';
import type { StoredInterview } from '@followup/core/ports';
import type { InboundDeps } from './deps.ts';

export type Notice =
  | { type: 'reply'; verdict: 'offer' | 'next_round' | 'rejection' | 'other'; because?: string; from: string; excerpt: string; decisionDate?: string }
  | { type: 'bounce'; contacts: string[] };

export interface Applied {
  changed: string;
  notice?: Notice;
}

const refused = (error: unknown): Applied => {
  if (error instanceof IllegalTransition || error instanceof ValidationError) return { changed: `nothing: ${error.message}` };
  throw error;
};

/**
 * @example const { changed, notice } = await applyMessage(deps, interview, classified)
 */
export async function applyMessage(deps: Pick<InboundDeps, 'interviews'>, interview: StoredInterview, classified: Classified): Promise<Applied> {
  const { tenant, id } = interview;
  const u = classified.understanding;
  const current = { current: interview };
  switch (u.kind) {
    case 'sent_copy': {
      if (!u.milestone) return { changed: 'nothing: no open milestone with an email draft matches it' };
      try {
        await deps.interviews.applyEvent(tenant, id, { type: 'sent', kind: u.milestone, on: u.on }, current);
        return { changed: `${u.milestone} marked sent on ${u.on}; later milestones count from that day` };
      } catch (error) {
        return refused(error);
      }
    }
    case 'auto_reply': {
      const { moved } = await deps.interviews.delayForOutOfOffice(tenant, id, { from: u.from, ...(u.backOn && { backOn: u.backOn }) }, current);
      return { changed: moved ? `${moved.kind} moved to ${moved.until} or the first business day after (${moved.basis})` : 'nothing: no pending follow-up falls before the return' };
    }
    case 'bounce': {
      if (!u.contacts.length) return { changed: `nothing: ${u.reported.length ? u.reported.join(', ') : 'no address'} is not a contact of this interview` };
      const { marked } = await deps.interviews.markContactsUndeliverable(tenant, id, u.contacts, current);
      if (!marked.length) return { changed: `nothing: ${u.contacts.join(', ')} already marked undeliverable` };
      return { changed: `${marked.join(', ')} marked undeliverable; the candidate is told`, notice: { type: 'bounce', contacts: marked } };
    }
    case 'reply': {
      const notice: Notice = { type: 'reply', verdict: u.verdict.verdict, ...(u.verdict.because && { because: u.verdict.because }), from: u.from, excerpt: classified.excerpt, ...(u.decisionDate && { decisionDate: u.decisionDate }) };
      try {
        await deps.interviews.applyEvent(tenant, id, { type: 'reply', ...(u.decisionDate && { decisionExpectedBy: u.decisionDate }) }, current);
        const replanned = u.decisionDate ? `; re-planned from the decision date ${u.decisionDate}` : '';
        return { changed: `reply: pending status follow-ups stopped${replanned}; the candidate is asked what it was`, notice };
      } catch (error) {
        // A decision date the interview cannot have (422): the reply itself still stops the follow-ups.
        if (error instanceof ValidationError && u.decisionDate) {
          try {
            await deps.interviews.applyEvent(tenant, id, { type: 'reply' });
            return { changed: `reply: pending status follow-ups stopped (decision date ${u.decisionDate} refused: ${error.message})`, notice };
          } catch (again) {
            return refused(again);
          }
        }
        return refused(error);
      }
    }
    case 'quarantined':
      return { changed: 'nothing: quarantined' };
  }
}
