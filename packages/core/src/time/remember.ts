/**
 * Formatting through Date objects dominated the planner's profile; plans touch few distinct
 * days, due times and offsets, so their texts are kept. Each cache is a plain Map, emptied
 * once it grows past 50,000 entries, so memory stays bounded whatever the input.
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
