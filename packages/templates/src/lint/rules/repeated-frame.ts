/**
 * A follow-up that says again what an earlier draft of the same interview said (the guide:
 * each message should add something). Sentences are compared as frames: the record's own
 * words (names, role, company, notes) and dates are masked, and seven frame words in a row
 * found in an earlier draft count as a repeat. Greeting and sign-off are not compared.
 */
import type { InterviewRecord } from '@followup/core/record';
import type { DraftText } from '../../types.ts';
import { at, type Rule } from '../rule.ts';
import { tokens } from '../tokens.ts';
import { proseEnd } from './repeated-word.ts';

const RUN = 7;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

function recordTexts(record: InterviewRecord): string[] {
  const n = record.notes;
  return [record.role, record.company.name, record.candidate.name, ...record.contacts.map((c) => c.name), ...(n ? [...n.topics, ...n.projects, ...n.skills, ...n.strengths, ...n.concerns] : [])]
    .flatMap((t) => [t, t.replace(/[.?!]+$/, '')])
    .filter((t) => t.length > 2)
    .sort((a, b) => b.length - a.length);
}

/** The prose between greeting and sign-off, with the record's words blanked out (offsets kept). */
function frameText(text: string, record: InterviewRecord): { text: string; from: number } {
  const from = text.indexOf('\n\n') >= 0 && /^(?:Dear|Hi|Hello)\b/.test(text) ? text.indexOf('\n\n') + 2 : 0;
  let prose = text.slice(0, proseEnd(text, record.candidate.name));
  for (const t of recordTexts(record)) {
    let i = prose.toLowerCase().indexOf(t.toLowerCase());
    while (i >= 0) {
      prose = prose.slice(0, i) + '\u0000'.repeat(t.length) + prose.slice(i + t.length);
      i = prose.toLowerCase().indexOf(t.toLowerCase(), i + t.length);
    }
  }
  return { text: prose, from };
}

/** Runs of RUN frame words, each with where it starts and ends. */
function runs(text: string, from: number): { key: string; start: number; end: number }[] {
  const words = tokens(text).filter((t) => t.start >= from);
  const out = [];
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN);
    const gapless = run.every((w, j) => j === 0 || !/[\u0000\n]/.test(text.slice(run[j - 1]!.end, w.start)));
    if (!gapless || run.some((w) => CALENDAR.test(w.word))) continue;
    out.push({ key: run.map((w) => w.word.toLowerCase()).join(' '), start: run[0]!.start, end: run.at(-1)!.end });
  }
  return out;
}

export function repeatedFrame(earlier: readonly DraftText[]): Rule {
  return ({ fields, record }) => {
    if (!earlier.length) return [];
    const seen = new Set(earlier.flatMap((d) => {
      const f = frameText(d.body, record);
      return runs(f.text, f.from).map((r) => r.key);
    }));
    const body = fields.find((f) => f.field === 'body')!;
    const mine = frameText(body.text, record);
    const found = runs(mine.text, mine.from).filter((r) => seen.has(r.key));
    // One finding per repeated stretch, not one per overlapping run.
    const merged: { start: number; end: number }[] = [];
    for (const r of found) {
      const last = merged.at(-1);
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ start: r.start, end: r.end });
    }
    return merged.map((m) =>
      at(body, m.start, m.end, { rule: 'repeated_frame', severity: 'warning', message: 'An earlier draft of this interview already says this; say something new instead.' }),
    );
  };
}
