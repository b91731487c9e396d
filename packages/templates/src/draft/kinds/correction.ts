/**
 * The guide's quick correction: name the error and the right word once, apologise briefly,
 * and move on without making it a big deal. The wrong word is quoted, so the linter lets it be.
 */
import type { DraftKind } from '../../types.ts';
import type { Facts } from '../facts.ts';
import { type Template } from '../voice.ts';

/** "my thank-you note", "my last message": what the earlier draft was. */
function previous(f: Facts): string {
  const earlier: DraftKind | undefined = f.context.previousKind;
  if (earlier === 'thank_you' || earlier === 'handwritten_note') return 'thank-you note';
  return f.channel === 'linkedin' ? 'message' : 'email';
}

export const correction: Template = {
  formal: (f) => {
    const { wrong, right } = f.context.correction!;
    return {
      subject: `A correction to my previous ${previous(f)}`,
      paragraphs: [
        `I would like to correct an error in my previous ${previous(f)}: I wrote "${wrong}" where I meant "${right}". I apologize for the oversight.`,
        `Thank you again for the opportunity to interview for the ${f.role} position at ${f.company}.`,
      ],
    };
  },
  casual: (f) => {
    const { wrong, right } = f.context.correction!;
    return {
      subject: 'Small correction',
      paragraphs: [
        `A quick fix to my last ${previous(f)}: I wrote "${wrong}" when I meant "${right}". Sorry about that.`,
        `Thanks again for the chance to talk about the ${f.role} role at ${f.company}.`,
      ],
    };
  },
};
