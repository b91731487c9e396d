/**
 * The advice at the end of the road: no draft for the employer, because POLICY (and the guide)
 * says further messages would hurt. It tells the candidate to focus elsewhere, kindly.
 */
import { isNounLike, toSecondPerson } from '../phrase.ts';
import { anyTone, checklist, displayName } from '../voice.ts';

export const moveOn = anyTone((f) => {
  const carried = [f.skill, f.strength].filter((p) => p && isNounLike(p)).map((p) => toSecondPerson(p!.text));
  return {
    paragraphs: [
      `There is nothing more to send about the ${f.role} role at ${f.company}, which you interviewed for on ${f.date}. It is time to put your energy into other opportunities.`,
      'Another message now would more likely hurt than help: more follow-ups read as pressure, and silence after them is an answer of its own.',
      checklist(
        `Leave the door open: if ${f.interviewer ? displayName(f.interviewer) : `someone at ${f.company}`} replies later, answer warmly and promptly.`,
        carried.length > 0 && `Carry what worked into your next applications: ${carried.join(' and ')}.`,
        f.topic && isNounLike(f.topic) && `Keep your notes on ${toSecondPerson(f.topic.text)}; the same questions often come up elsewhere.`,
        'Stay connected on LinkedIn; new roles at the same company often come up within months.',
      ),
    ],
  };
});
