/**
 * A checklist for the candidate before the next round (the guide: research the topics,
 * be ready to go deeper on earlier answers). Nothing here is sent to the employer.
 */
import { anyTone, checklist } from '../voice.ts';

export const nextRoundPrep = anyTone((f) => ({
  paragraphs: [
    `Congratulations on reaching the next round for the ${f.role} role at ${f.company}. Before it, work through this list:`,
    checklist(
      `Reread your notes from ${f.date}${f.topic ? `, especially what was said about ${f.topic}` : ''}.`,
      f.project && `Prepare a deeper answer on ${f.project}: what you would do in your first month, and why.`,
      f.skill && `Have one concrete story ready that shows your ${f.skill} at work.`,
      f.concern && `Prepare a direct, honest answer to the concern raised about ${f.concern}.`,
      f.strength && `Bring up ${f.strength} again; it landed well the first time.`,
      'Find out who you will meet next and read their LinkedIn profiles.',
      `Read what ${f.company} has published or announced since ${f.date}.`,
      f.jobPostingUrl && `Reread the job posting: ${f.jobPostingUrl}`,
      'Write down two or three questions you want answered before you would accept an offer.',
      'Reply promptly to schedule, and confirm the time in your own time zone.',
    ),
  ],
}));
