/** How the reminder names each kind of draft, for its subject line, heading and timeline. */
import type { DraftKind } from '../types.ts';

export const KIND_TITLES: Record<DraftKind, string> = {
  thank_you: 'Send your thank-you',
  linkedin_connect: 'Connect on LinkedIn',
  handwritten_note: 'Write your thank-you card',
  follow_up_1: 'Time for a follow-up',
  follow_up_2: 'Time for a second follow-up',
  other_contact_inquiry: 'Ask the recruiter about timing',
  final_follow_up: 'Time for your last follow-up',
  offer_reply: 'Reply to your offer',
  feedback_request: 'Ask for feedback',
  next_round_prep: 'Get ready for the next round',
  move_on: 'Time to move on',
  correction: 'Send a quick correction',
};

/** Short names for the timeline. */
export const KIND_NAMES: Record<DraftKind, string> = {
  thank_you: 'Thank-you email',
  linkedin_connect: 'LinkedIn connection',
  handwritten_note: 'Handwritten card',
  follow_up_1: 'First follow-up',
  follow_up_2: 'Second follow-up',
  other_contact_inquiry: 'Note to the recruiter',
  final_follow_up: 'Final follow-up',
  offer_reply: 'Offer reply',
  feedback_request: 'Feedback request',
  next_round_prep: 'Next-round preparation',
  move_on: 'Move on',
  correction: 'Correction',
};
