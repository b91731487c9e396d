import type { InterviewService } from '@followup/core/interviews';
import type { Clock, InterviewStore, Mailer, MessageStore } from '@followup/core/ports';
import type { LinkSettings } from '../delivery/action-links.ts';

/** What receiving mail needs: built by `wiring/inbound.ts`, or by a test. */
export interface InboundDeps {
  /** The only way an interview changes. */
  interviews: InterviewService;
  /** Reads. */
  store: InterviewStore;
  messages: MessageStore;
  /** Notices to the candidate ("They replied — it looks like an offer", a bounce). */
  mailer: Mailer;
  clock: Clock;
  newId: () => string;
  /** The action links' key (it also derives the reply addresses' key) and where links point. */
  links: LinkSettings;
  /** The From of notices. */
  from: string;
  /** FOLLOWUP_INBOUND_DOMAIN. */
  domain: string;
}
