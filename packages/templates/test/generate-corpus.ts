/** Writes test/corpus/drafts.md: every draft of the corpus, so prose changes show in review. */
import { writeFileSync } from 'node:fs';
import { SNAPSHOT, loadCorpus, renderCorpus } from './corpus.ts';

const entries = loadCorpus();
writeFileSync(SNAPSHOT, renderCorpus(entries));
console.log(`${SNAPSHOT}: ${entries.length} records, ${entries.reduce((n, e) => n + e.drafts.length, 0)} drafts`);
