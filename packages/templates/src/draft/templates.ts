/** Which template writes which kind. */
import type { DraftKind } from '../types.ts';
import { correction } from './kinds/correction.ts';
import { feedbackRequest } from './kinds/feedback-request.ts';
import { finalFollowUp } from './kinds/final-follow-up.ts';
import { followUp1 } from './kinds/follow-up-1.ts';
import { followUp2 } from './kinds/follow-up-2.ts';
import { handwrittenNote } from './kinds/handwritten-note.ts';
import { linkedinConnect } from './kinds/linkedin-connect.ts';
import { moveOn } from './kinds/move-on.ts';
import { nextRoundPrep } from './kinds/next-round-prep.ts';
import { offerReply } from './kinds/offer-reply.ts';
import { otherContactInquiry } from './kinds/other-contact-inquiry.ts';
import { thankYou } from './kinds/thank-you.ts';
import type { Template } from './voice.ts';

export const TEMPLATES: Record<DraftKind, Template> = {
  thank_you: thankYou,
  linkedin_connect: linkedinConnect,
  handwritten_note: handwrittenNote,
  follow_up_1: followUp1,
  follow_up_2: followUp2,
  other_contact_inquiry: otherContactInquiry,
  final_follow_up: finalFollowUp,
  offer_reply: offerReply,
  feedback_request: feedbackRequest,
  next_round_prep: nextRoundPrep,
  move_on: moveOn,
  correction,
};
