/**
 * The second status check says something new (the guide: each follow-up should add value):
 * a thought the earlier drafts did not carry, an offer of references or a work sample, and
 * whether the role is open. Its subject promises "additional thoughts" only when it has one.
 */
import { freshMention, freshRef, quality } from '../fresh.ts';
import { sentences, type Template } from '../voice.ts';

export const followUp2: Template = {
  formal: (f) => {
    const q = f.fresh && quality(f.fresh, f);
    const ref = f.fresh && freshRef(f.fresh, 'formal', 1);
    const mention = f.fresh && freshMention(f.fresh, f);
    const thought = q || ref || mention;
    return {
      subject: thought
        ? [`Additional thoughts on the ${f.role} position`, `Additional thoughts on the ${f.roleShort} position`, 'Additional thoughts after our conversation']
        : [`Following up once more on the ${f.role} position`, `Following up once more on the ${f.roleShort} position`, 'Following up once more'],
      paragraphs: [
        sentences(
          !f.short && 'I hope this finds you well.',
          `I understand that these decisions take time, and I wanted to follow up once more on the ${f.role} position at ${f.company}.`,
        ),
        thought
          ? q
            ? sentences(
                `I have continued to think about our conversation, and I am confident that ${q.mine} would be an asset to the team${q.where ? `, particularly when it comes to ${q.where}` : ''}.`,
                !f.short && 'I would be glad to share examples from my past roles if that would help.',
              )
            : sentences(
              ref
                ? `I have continued to think about ${ref}.`
                : `${mention!.said}, and I have continued to think about how I would apply that experience ${mention!.like ? `to ${mention!.like}` : `at ${f.company}`}.`,
              !f.short && 'I would be glad to share a short outline of my thoughts if that would help.',
            )
          : 'I would be glad to provide references or examples of my work if that would help the team decide.',
        'Could you let me know whether the position is still open and where the process stands?',
        'Thank you for your continued consideration.',
      ],
    };
  },
  casual: (f) => {
    const q = f.fresh && quality(f.fresh, f);
    const ref = f.fresh && freshRef(f.fresh, 'casual', 1);
    const mention = f.fresh && freshMention(f.fresh, f);
    const thought = q || ref || mention;
    return {
      subject: thought
        ? [`One more thought on the ${f.role} role`, `One more thought on the ${f.roleShort} role`, 'One more thought']
        : [`Checking on the ${f.role} role`, `Checking on the ${f.roleShort} role`, 'Checking on the role'],
      paragraphs: [
        `I know hiring takes time, so thanks for bearing with one more note about the ${f.role} role at ${f.company}.`,
        thought
          ? q
            ? sentences(
                `The more I think about our chat, the surer I am that ${q.mine} would serve the team well${q.where ? `, especially when it comes to ${q.where}` : ''}.`,
                !f.short && `Happy to share a couple of examples if that's useful.`,
              )
            : sentences(
              ref ? `Since we talked, I've been mulling over ${ref}.` : `${mention!.said}, and I've been mulling over how I'd put that experience to work ${mention!.like ? `on ${mention!.like}` : 'on your team'}.`,
              !f.short && `Happy to send a quick sketch of my thinking if that's useful.`,
            )
          : `Happy to send over a work sample or a couple of references if that would help.`,
        'Is the role still open, and is there anything else you need from me?',
        'Thanks either way.',
      ],
    };
  },
};
