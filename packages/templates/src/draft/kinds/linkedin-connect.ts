/**
 * The LinkedIn connection note: 300 characters at most, greeting included. It shortens its
 * frame before it drops the topic, and drops the day and then the company (the profile shows it)
 * before the topic; it is never cut mid-word.
 * For a contact with no email address it is also the thank-you: one message, not two.
 */
import { CONNECTION_NOTE_LIMIT } from '../../lint/rules/length.ts';
import type { Facts } from '../facts.ts';
import { isNounLike } from '../phrase.ts';
import { assemble, type Composition, type Template } from '../voice.ts';

interface Shape {
  topic: boolean;
  date: boolean;
  long: boolean;
  /** "at Acme Robotics": the profile shows where they work, so it goes before the topic does. */
  company?: false;
}

type Variant = (f: Facts, s: Shape) => string;

const topicOf = (f: Facts, s: Shape) => (s.topic && f.wasThere && f.topic && isNounLike(f.topic) ? f.topic.text : undefined);

const formal: Variant = (f, s) => {
  const topic = topicOf(f, s);
  const on = s.date ? ` on ${f.date}` : '';
  const at = s.company === false ? '' : ` at ${f.company}`;
  const open = f.combined ? `Thank you for ${f.met} with me${on} about the ${f.role} role${at}.` : `Thank you for our conversation${on} about the ${f.role} role${at}.`;
  const middle = topic ? (s.long ? ` I particularly enjoyed discussing ${topic}.` : ` I enjoyed discussing ${topic}.`) : '';
  return `${open}${middle} I would be glad to stay connected.`;
};

const casual: Variant = (f, s) => {
  const topic = topicOf(f, s);
  const on = s.date ? ` on ${f.date}` : '';
  const at = s.company === false ? '' : ` at ${f.company}`;
  const open = f.combined ? `Thanks so much for chatting${on} about the ${f.role} role${at}` : `Great talking with you${on} about the ${f.role} role${at}`;
  const middle = topic ? (s.long ? `, especially about ${topic}.` : `, and about ${topic}.`) : '.';
  return `${open}${middle} I'd love to stay in touch.`;
};

const SHAPES: Shape[] = [
  { topic: true, date: true, long: true },
  { topic: true, date: true, long: false },
  { topic: true, date: false, long: false },
  { topic: true, date: false, long: false, company: false },
  { topic: false, date: true, long: true },
  { topic: false, date: false, long: true },
];

/** Free accounts are reported to get about 200 characters for a connection note: aim for that. */
export const CONNECTION_NOTE_TARGET = 200;

/** The richest variant within 200 characters once the greeting is added, else within the 300-character limit. */
function fitting(variant: Variant) {
  return (f: Facts): Composition => {
    const compositions = SHAPES.map((shape) => ({ paragraphs: [variant(f, shape)] }));
    const length = (c: Composition) => assemble(f, c).body.length;
    return (
      compositions.find((c) => length(c) <= CONNECTION_NOTE_TARGET) ?? compositions.find((c) => length(c) <= CONNECTION_NOTE_LIMIT) ?? compositions.at(-1)!
    );
  };
}

export const linkedinConnect: Template = { formal: fitting(formal), casual: fitting(casual) };
