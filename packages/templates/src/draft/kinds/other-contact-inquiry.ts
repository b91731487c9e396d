/**
 * A short note to the recruiter or HR contact, sent alongside the second follow-up: who the
 * candidate met, continued interest, and a question about timing (the guide: be brief). To
 * someone who was not in the conversation (the recruiter or HR contact who arranged it) it thanks
 * them again for arranging it, names who it was with, and cites nothing said there.
 */
import { isNounLike } from '../phrase.ts';
import { withWhom, type Template } from '../voice.ts';

export const otherContactInquiry: Template = {
  formal: (f) => {
    const who = withWhom(f, 'formal');
    const topic = f.wasThere && f.topic && isNounLike(f.topic) ? f.topic.text : undefined;
    return {
      subject: [`Inquiry about the ${f.role} hiring timeline`, `Inquiry about the ${f.roleShort} hiring timeline`, 'Inquiry about the hiring timeline'],
      paragraphs: [
        f.wasThere
          ? `I hope this message finds you well. Thank you again for being part of my interview${who ? ` with ${who}` : ''} for the ${f.role} position at ${f.company} on ${f.date}.`
          : `I hope this message finds you well. Thank you again for arranging my interview${who ? ` with ${who}` : ''} for the ${f.role} position at ${f.company} on ${f.date}.`,
        `I remain very interested in the role${topic ? `, particularly after our discussion of ${topic}` : ''}. If you have any update on the hiring timeline, I would greatly appreciate it.`,
        'Thank you for your help.',
      ],
    };
  },
  casual: (f) => {
    const who = withWhom(f, 'casual');
    const topic = f.wasThere && f.topic && isNounLike(f.topic) ? f.topic.text : undefined;
    return {
      subject: [`Quick question about the ${f.role} timeline`, `Quick question about the ${f.roleShort} timeline`, 'Quick question about timing'],
      paragraphs: [
        f.wasThere
          ? `Thanks again for joining my interview${who ? ` with ${who}` : ''} for the ${f.role} role at ${f.company} on ${f.date}.`
          : `Thanks again for setting up my interview${who ? ` with ${who}` : ''} for the ${f.role} role at ${f.company} on ${f.date}.`,
        `I'm still really excited about the role${topic ? ` (especially after talking about ${topic})` : ''}. Do you happen to know where things stand on timing?`,
        'Thanks so much for any help.',
      ],
    };
  },
};
