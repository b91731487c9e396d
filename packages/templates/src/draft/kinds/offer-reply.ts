/**
 * The prompt reply to an offer: thanks and enthusiasm, and a request for the written offer.
 * It acknowledges rather than accepts, so the candidate can still read the terms first.
 */
import { hasFirstPerson, isNounLike } from '../phrase.ts';
import { type Template } from '../voice.ts';

export const offerReply: Template = {
  formal: (f) => ({
    subject: [`Thank you for the offer: ${f.role}`, `Thank you for the offer: ${f.roleShort}`, 'Thank you for the offer'],
    paragraphs: [
      `Thank you very much for offering me the ${f.role} position at ${f.company}. I am delighted, and grateful for the time ${f.contact ? 'you and the team' : 'the team'} invested in the process.`,
      f.project?.form === 'noun'
        ? `I am especially looking forward to contributing to ${f.project.text}.`
        : f.topic && isNounLike(f.topic) && `Our conversation about ${f.topic.text} made me all the more eager to start.`,
      'Could you please send the written offer and let me know of any documents or information you need from me? I will review everything promptly and confirm the next steps with you.',
      'Thank you again for this opportunity.',
    ],
  }),
  casual: (f) => ({
    subject: `Thank you, I'm thrilled about the offer`,
    paragraphs: [
      `Thank you so much for the ${f.role} offer at ${f.company}! I'm thrilled.`,
      f.project?.form === 'noun'
        ? `I can't wait to get started on ${f.project.text}.`
        : f.topic && isNounLike(f.topic) && !hasFirstPerson(f.topic.text) && `After our chat about ${f.topic.text}, I can't wait to get started.`,
      `Could you send over the written offer and anything you need from me? I'll go through it right away and get back to you.`,
      f.contact ? 'Thanks again to you and the whole team.' : 'Thanks again to the whole team.',
    ],
  }),
};
