/**
 * Formatting through Date objects dominated the planner's profile; plans touch few distinct
 * days, due times and offsets, so their texts are kept. A `remember` cache is a plain Map,
 * emptied once it grows past 50,000 entries; a `NumberTexts` is an array over a fixed range
 * (with a `remember` Map beyond it). Either way memory stays bounded whatever the input.
 */
const LIMIT = 50_000;

/**
 * The text for `key` from `cache`, made once.
 * @example remember(labels, 20108, dayLabelOf) // made on the first call, read on the next
 */
export function remember<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V): V {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size > LIMIT) cache.clear();
    text = make(key);
    cache.set(key, text);
  }
  return text;
}

/**
 * Texts of the whole numbers `first`..`last` (days, seconds of a day, offsets), kept in an array:
 * an index costs a fraction of a Map look-up, and a plan asks for dozens. Numbers outside the
 * range are kept by `remember`.
 * @example new NumberTexts(0, 1439, clockText).get(540) // made on the first call, read on the next
 */
export class NumberTexts {
  private readonly texts: (string | undefined)[];
  private readonly others = new Map<number, string>();

  constructor(
    private readonly first: number,
    last: number,
    private readonly make: (n: number) => string,
  ) {
    this.texts = new Array<string | undefined>(last - first + 1);
  }

  get(n: number): string {
    const i = n - this.first;
    if (Number.isInteger(i) && i >= 0 && i < this.texts.length) return (this.texts[i] ??= this.make(n));
    return remember(this.others, n, this.make);
  }
}
