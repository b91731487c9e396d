/**
 * The first status check: the promised decision date (passed or coming), continued interest
 * tied to what was discussed, and an offer to send anything else.
 */
import { sentences, type Template } from '../voice.ts';

export const followUp1: Template = {
  formal: (f) => ({
    subject: `Following up on the ${f.role} interview`,
    paragraphs: [
      sentences(!f.short && 'I hope you are well.', `I am writing to follow up on my interview for the ${f.role} position at ${f.company} on ${f.date}.`),
      !f.decision
        ? 'I would be grateful for any update you can share on the timeline for the next steps.'
        : f.decision.passed
          ? `You mentioned that the team hoped to reach a decision by ${f.decision.date}, so I wanted to ask whether there is any news on the timeline.`
          : `I understand the team expects to decide by ${f.decision.date}, and I wanted to confirm my continued interest ahead of that date.`,
      f.topic
        ? `Our discussion of ${f.topic} has stayed with me, and I remain very interested in joining ${f.company}.`
        : `I remain very interested in joining ${f.company}.`,
      sentences(!f.short && 'Please let me know if I can provide anything further.', 'Thank you for your time.'),
    ],
  }),
  casual: (f) => ({
    subject: `Quick follow-up on the ${f.role} role`,
    paragraphs: [
      `Hope your week is going well! I wanted to follow up on our chat on ${f.date} about the ${f.role} role at ${f.company}.`,
      !f.decision
        ? 'Is there any news on timing you could share?'
        : f.decision.passed
          ? `You'd mentioned a decision around ${f.decision.date}. Is there anything new on the timeline?`
          : `I know you're aiming to decide by ${f.decision.date}, so no rush; I wanted to say I'm still very keen.`,
      f.topic ? `I'm still thinking about ${f.topic}, and I'd love to be part of it.` : `I'd still love to be part of the team.`,
      !f.short && 'If it helps to have anything else from me, say the word.',
    ],
  }),
};
