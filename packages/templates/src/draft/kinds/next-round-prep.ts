/**
 * A checklist for the candidate before the next round (the guide: research the topics,
 * be ready to go deeper on earlier answers). Nothing here is sent to the employer, and every
 * line speaks to the candidate: their notes' "I" and "my" become "you" and "your".
 */
import type { Phrase } from '../phrase.ts';
import { anyTone, checklist, fit } from '../voice.ts';

const concernLine = (c: Phrase) =>
  fit(
    c,
    (t) => `Prepare a calm, specific answer on ${t}, with an example that shows where you stand today.`,
    (s) => `Prepare a calm, specific answer to a point the interviewer raised: ${s}`,
    'you',
  );

export const nextRoundPrep = anyTone((f) => ({
  paragraphs: [
    `Congratulations on reaching the next round for the ${f.role} role at ${f.company}. Before it, work through this list:`,
    checklist(
      f.topic
        ? fit(f.topic, (t) => `Reread your notes from ${f.date}, especially what was said about ${t}.`, (s) => `Reread your notes from ${f.date}, especially this point: ${s}`, 'you')
        : `Reread your notes from ${f.date}.`,
      f.project && fit(f.project, (p) => `Prepare a deeper answer on ${p}: what you would do in your first month, and why.`, (s) => `Prepare a deeper answer on the project you discussed: ${s}`, 'you'),
      f.skill && fit(f.skill, (s) => `Have one concrete story ready about ${s}, with the result it had.`, (s) => `Have one concrete story ready that shows this: ${s}`, 'you'),
      ...f.concerns.map(concernLine),
      f.strength && fit(f.strength, (s) => `Mention ${s} again; it landed well the first time.`, (s) => `Mention this again, since it landed well the first time: ${s}`, 'you'),
      'Find out who you will meet next and read their LinkedIn profiles.',
      `Read what ${f.company} has published or announced since ${f.date}.`,
      f.jobPostingUrl && `Reread the job posting: ${f.jobPostingUrl}`,
      'Write down two or three questions you want answered before you would accept an offer.',
      'Reply promptly to schedule, and confirm the time in your own time zone.',
    ),
  ],
}));
