/**
 * The thank-you: within a day or two, naming the day, the role, what was discussed, and
 * answering a concern the interviewer raised (the guide: address their concerns).
 */
import { sentences, type Template } from '../voice.ts';

export const thankYou: Template = {
  formal: (f) => ({
    subject: `Thank you for the ${f.role} interview`,
    paragraphs: [
      sentences(
        `Thank you for meeting with me on ${f.date} to discuss the ${f.role} position at ${f.company}.`,
        f.topic
          ? `I particularly valued our discussion of ${f.topic}${f.short ? '' : ", which gave me a clearer picture of the team's priorities"}.`
          : `I appreciated the chance to learn more about the team and its priorities.`,
      ),
      f.concern &&
        `You raised ${f.concern} as a concern, and I would like to address it directly: ${
          f.skill ? `my work with ${f.skill} shows that I learn new ground quickly` : 'I learn new ground quickly'
        }, and I would make closing that gap an early priority.`,
      !f.short &&
        f.project &&
        `I would welcome the opportunity to contribute to ${f.project}${f.skill && !f.concern ? `, where my experience with ${f.skill} would be directly useful` : ''}.`,
      sentences('Thank you again for your time and consideration.', !f.short && 'I look forward to hearing about the next steps.'),
    ],
  }),
  casual: (f) => ({
    subject: `Great talking with you about ${f.topic ?? `the ${f.role} role`}`,
    paragraphs: [
      sentences(
        `Thanks so much for making time to chat on ${f.date} about the ${f.role} role at ${f.company}!`,
        f.topic ? `I really enjoyed digging into ${f.topic} with you.` : `I came away even more excited about the team.`,
      ),
      f.concern &&
        `I've also been thinking about your question on ${f.concern}. Short answer: ${
          f.skill ? `I got up to speed on ${f.skill} quickly, and I'd` : `I pick things up fast, and I'd`
        } happily put it at the top of my list for the first few weeks.`,
      !f.short && f.project && `I'd love to help with ${f.project}${f.skill && !f.concern ? `, especially with my background in ${f.skill}` : ''}.`,
      'Thanks again, and I hope we talk soon.',
    ],
  }),
};
