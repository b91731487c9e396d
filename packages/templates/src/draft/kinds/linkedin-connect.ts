/**
 * The LinkedIn connection note: 300 characters at most, so it drops the topic, then the day,
 * until it fits rather than being cut mid-word.
 */
import { CONNECTION_NOTE_LIMIT } from '../../lint/rules/length.ts';
import type { Facts } from '../facts.ts';
import { assemble, type Composition, type Template } from '../voice.ts';

type Variant = (f: Facts, withTopic: boolean, withDate: boolean) => string;

const formal: Variant = (f, withTopic, withDate) =>
  `Thank you for our conversation${withDate ? ` on ${f.date}` : ''} about the ${f.role} role at ${f.company}.` +
  (withTopic && f.topic ? ` I enjoyed discussing ${f.topic} and would be glad to stay connected.` : ' I would be glad to stay connected.');

const casual: Variant = (f, withTopic, withDate) =>
  `Great talking with you${withDate ? ` on ${f.date}` : ''} about the ${f.role} role at ${f.company}` +
  (withTopic && f.topic ? `, especially about ${f.topic}.` : '.') +
  ` I'd love to connect and keep in touch.`;

/** The richest variant that fits the limit once greeting and signature are added. */
function fitting(variant: Variant) {
  return (f: Facts): Composition => {
    const tries: [boolean, boolean][] = [[true, true], [false, true], [false, false]];
    const compositions = tries.map(([topic, date]) => ({ paragraphs: [variant(f, topic, date)] }));
    return compositions.find((c) => assemble(f, c).body.length <= CONNECTION_NOTE_LIMIT) ?? compositions.at(-1)!;
  };
}

export const linkedinConnect: Template = { formal: fitting(formal), casual: fitting(casual) };
