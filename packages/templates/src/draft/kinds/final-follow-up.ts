/**
 * The last status check: gracious, asks for nothing but a closing word, and leaves the door
 * open. After it, POLICY sends only the move-on advice to the candidate.
 */
import { freshClause, freshLabel, freshRef } from '../fresh.ts';
import { type Template } from '../voice.ts';

export const finalFollowUp: Template = {
  formal: (f) => {
    const ref = f.fresh && freshRef(f.fresh, 'formal');
    return {
      subject: [`Thank you, and a final note on the ${f.role} position`, `A final note on the ${f.roleShort} position`, 'A final note on my application'],
      paragraphs: [
        `I wanted to reach out one last time regarding the ${f.role} position at ${f.company}, which we discussed on ${f.date}.`,
        `I understand that priorities and timelines change, and I do not wish to take more of your time. If the team has moved forward with another candidate, a brief note would help me close the loop.`,
        !f.fresh
          ? `I would be glad to stay in touch for future opportunities at ${f.company}.`
          : ref
            ? `Whatever the outcome, I have valued thinking about ${ref}, and I would be glad to stay in touch for future opportunities at ${f.company}.`
            : `Whatever the outcome, I have valued thinking about ${freshLabel(f.fresh, 'formal')}: ${freshClause(f.fresh)} I would be glad to stay in touch for future opportunities at ${f.company}.`,
        `Thank you for considering my application. I wish ${f.contact ? 'you and the team' : 'the team'} every success.`,
      ],
    };
  },
  casual: (f) => {
    const ref = f.fresh && freshRef(f.fresh, 'casual');
    return {
      subject: [`Closing the loop on the ${f.role} role`, `Closing the loop on the ${f.roleShort} role`, 'Closing the loop'],
      paragraphs: [
        `I'll keep this short: this is my last note about the ${f.role} role at ${f.company}.`,
        `I know things shift, so if you've gone another way, no hard feelings at all. A one-line reply would help me plan.`,
        !f.fresh
          ? `I really enjoyed our conversation on ${f.date}, and I'd love to stay in touch either way.`
          : ref
            ? `I really enjoyed our conversation on ${f.date}, and I've enjoyed thinking about ${ref} since. I'd love to stay in touch either way.`
            : `I really enjoyed our conversation on ${f.date}, and ${freshLabel(f.fresh, 'casual')} is still on my mind: ${freshClause(f.fresh)} I'd love to stay in touch either way.`,
        'Thanks for everything, and best of luck with the search.',
      ],
    };
  },
};
