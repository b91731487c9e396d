/**
 * The checks retext does well, run once per text: repeated words ("the the", also across a
 * line break) and "a"/"an" before a word ("a event"). Its messages carry offsets.
 */
import retextEnglish from 'retext-english';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import { unified } from 'unified';
import { VFile } from 'vfile';

export interface RetextMessage {
  source: 'repeated' | 'article';
  start: number;
  end: number;
  actual: string;
  expected?: string;
}

let processor: ReturnType<typeof build> | undefined;
function build() {
  return unified().use(retextEnglish).use(retextRepeatedWords).use(retextIndefiniteArticle).freeze();
}

/** @example retextMessages('It was the the best.') // [{ source: 'repeated', start: 7, end: 14, actual: 'the the', expected: 'the' }] */
export function retextMessages(text: string): RetextMessage[] {
  processor ??= build();
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => ({
    source: m.source === 'retext-repeated-words' ? 'repeated' : 'article',
    start: m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : (m.place?.offset ?? 0),
    end: m.place && 'end' in m.place ? (m.place.end.offset ?? 0) : (m.place?.offset ?? 0),
    actual: String(m.actual ?? ''),
    expected: m.expected?.[0],
  }));
}
