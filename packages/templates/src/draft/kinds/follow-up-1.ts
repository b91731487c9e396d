/**
 * The first status check: the promised decision date (passed or coming), continued interest
 * tied to something the thank-you did not say, and an offer to send anything else.
 */
import { freshMention, freshRef, quality, workDiscussed } from '../fresh.ts';
import { sentences, type Template } from '../voice.ts';

export const followUp1: Template = {
  formal: (f) => {
    const q = f.fresh && quality(f.fresh, f);
    const ref = f.fresh && freshRef(f.fresh, 'formal', 0, workDiscussed(f));
    const mention = f.fresh && freshMention(f.fresh, f);
    return {
      subject: [`Following up on the ${f.role} interview`, `Following up on the ${f.roleShort} interview`, 'Following up on my interview'],
      paragraphs: [
        sentences(!f.short && 'I hope you are well.', `I am writing to follow up on my interview for the ${f.role} position at ${f.company} on ${f.date}.`),
        !f.decision
          ? 'I would be grateful for any update you can share on the timeline for the next steps.'
          : f.decision.passed
            ? `You mentioned that the team hoped to reach a decision by ${f.decision.date}, so I wanted to ask whether there is any news on the timeline.`
            : `I understand the team expects to decide by ${f.decision.date}, and I wanted to confirm my continued interest ahead of that date.`,
        q
          ? `I am confident that ${q.mine} would serve the team well${q.where ? `, particularly when it comes to ${q.where}` : ''}. I remain very interested in joining ${f.company}.`
          : ref
          ? `Since we spoke, I have kept thinking about ${ref}, and I remain very interested in joining ${f.company}.`
          : mention
            ? `${mention.said}, and I would welcome the chance to bring that experience to ${mention.like ?? f.company}.`
            : `I remain very interested in joining ${f.company}.`,
        sentences(!f.short && 'Please let me know if I can provide anything further.', 'Thank you for your time.'),
      ],
    };
  },
  casual: (f) => {
    const q = f.fresh && quality(f.fresh, f);
    const ref = f.fresh && freshRef(f.fresh, 'casual', 0, workDiscussed(f));
    const mention = f.fresh && freshMention(f.fresh, f);
    return {
      subject: [`Quick follow-up on the ${f.role} role`, `Quick follow-up on the ${f.roleShort} role`, 'Quick follow-up'],
      paragraphs: [
        `Hope your week is going well! I wanted to follow up on our chat on ${f.date} about the ${f.role} role at ${f.company}.`,
        !f.decision
          ? 'Is there any news on timing you could share?'
          : f.decision.passed
            ? `You'd mentioned a decision around ${f.decision.date}. Is there anything new on the timeline?`
            : `I know you're aiming to decide by ${f.decision.date}, so no rush.`,
        q
          ? `I'm confident ${q.mine} would serve the team well${q.where ? `, especially when it comes to ${q.where}` : ''}. I'm still very keen on the role.`
          : ref
          ? `I've kept thinking about ${ref}, and I'm still very keen to join the team.`
          : mention
            ? `${mention.said}, and I'd love to bring that experience to ${mention.like ?? 'the team'}.`
            : `I'm still very keen to join the team.`,
        !f.short && 'If it helps to have anything else from me, say the word.',
      ],
    };
  },
};
