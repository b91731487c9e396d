/** The handwritten card: a few lines, no subject, no email address under the name. */
import type { Facts } from '../facts.ts';
import { hasFirstPerson, isNounLike } from '../phrase.ts';
import { fit, sentences, type Template } from '../voice.ts';
import { citedTopic } from './thank-you.ts';

/** A card has room for the title, not its scope: "Senior Manager, Strategy & Operations", without "(Global Supply Chain, …)". */
function roleInText(f: Facts): string {
  return f.role.replace(/\s*\(.*$/u, '').trim() || f.role;
}

export const handwrittenNote: Template = {
  formal: (f) => ({
    paragraphs: [
      sentences(
        f.contact
          ? `Thank you for taking the time to ${f.met === 'meeting' ? 'meet' : 'speak'} with me on ${f.date}.`
          : `Thank you to everyone who took the time to ${f.met === 'meeting' ? 'meet' : 'speak'} with me on ${f.date}.`,
        citedTopic(f) && f.wasThere
          ? fit(
              citedTopic(f)!,
              (t) =>
                citedTopic(f)!.frame === 'asked'
                  ? `I enjoyed ${t.startsWith('whether ') ? 'answering' : 'explaining'} ${t}, and I came away all the more eager to join ${f.company} in the ${roleInText(f)} role.`
                  : citedTopic(f)!.frame === 'told'
                    ? `What you said about ${t} made me all the more eager to join ${f.company} in the ${roleInText(f)} role.`
                    : citedTopic(f)!.form === 'wh'
                      ? `I enjoyed our discussion of ${t}, and I came away all the more eager to join ${f.company} in the ${roleInText(f)} role.`
                      : `Our conversation about ${t} made me all the more eager to join ${f.company} in the ${roleInText(f)} role.`,
              (s) => `One point from it has stayed with me: ${s} It made me all the more eager to join ${f.company} in the ${roleInText(f)} role.`,
            )
          : `Our conversation made me all the more eager to join ${f.company} in the ${roleInText(f)} role.`,
      ),
      f.contact ? 'I am grateful for your time and hope to work with you soon.' : 'I am grateful for your time and hope to work with the team soon.',
    ],
  }),
  casual: (f) => {
    const cameAway = `I came away even more excited about the ${roleInText(f)} role at ${f.company}`;
    const t = f.wasThere ? citedTopic(f) : undefined;
    // A topic discussed together runs into the closing thought ("Talking about X was a highlight,
    // and I came away …"): a bare "I keep thinking about X." between two thanks reads choppy.
    const shared = t && !t.frame && isNounLike(t) && !hasFirstPerson(t.text);
    return {
      paragraphs: [
        sentences(
          f.contact ? `Thank you for such a warm conversation on ${f.date}.` : `Thank you all for such a warm welcome on ${f.date}.`,
          shared
            ? `Talking about ${t.text} was a highlight for me, and ${cameAway}.`
            : sentences(
                t &&
                  fit(
                    t,
                    (x) =>
                      t.frame === 'asked'
                        ? `I enjoyed ${x.startsWith('whether ') ? 'answering' : 'telling you'} ${x}.`
                        : t.frame === 'told'
                          ? `I keep thinking about what you said about ${x}.`
                          : `I enjoyed talking you through ${x}.`,
                    (s) => `I keep thinking about one thing you said: ${s}`,
                  ),
                `${cameAway}.`,
              ),
        ),
        'Hope to see you again soon.',
      ],
    };
  },
};
