/**
 * The second status check says something new (the guide: each follow-up should add value):
 * an idea for the project, an offer of references or a work sample, and whether the role is open.
 */
import { sentences, type Template } from '../voice.ts';

export const followUp2: Template = {
  formal: (f) => ({
    subject: `Additional thoughts on the ${f.role} position`,
    paragraphs: [
      sentences(
        !f.short && 'I hope this finds you well.',
        `I understand that these decisions take time, and I wanted to follow up once more on the ${f.role} position at ${f.company}.`,
      ),
      f.project
        ? sentences(
            `Since our conversation I have continued to think about ${f.project}${f.skill ? ` and how my experience with ${f.skill} could help the team deliver it` : ''}.`,
            !f.short && 'I would be glad to share a short outline of how I would approach it.',
          )
        : `I would be glad to provide references or examples of my work${f.skill ? ` with ${f.skill}` : ''} if that would help the team's decision.`,
      'Could you let me know whether the position is still open and where the process stands?',
      'Thank you for your continued consideration.',
    ],
  }),
  casual: (f) => ({
    subject: `One more thought on ${f.project ?? `the ${f.role} role`}`,
    paragraphs: [
      `I know hiring takes time, so thanks for bearing with one more note about the ${f.role} role at ${f.company}.`,
      f.project
        ? sentences(
            `I've been mulling over ${f.project} since we talked${f.skill ? `, and how I'd use ${f.skill} on it` : ''}.`,
            !f.short && `Happy to send a quick sketch of how I'd tackle it if that's useful.`,
          )
        : `Happy to send over a work sample or a couple of references${f.skill ? ` for my ${f.skill} work` : ''} if that would help.`,
      'Is the role still open, and is there anything else you need from me?',
      'Thanks either way.',
    ],
  }),
};
