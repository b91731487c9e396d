/**
 * A short note to the recruiter or HR contact, sent alongside the second follow-up: who the
 * candidate met, continued interest, and a question about timing (the guide: be brief).
 */
import { firstName, type Template } from '../voice.ts';

export const otherContactInquiry: Template = {
  formal: (f) => ({
    subject: `Inquiry about the ${f.role} hiring timeline`,
    paragraphs: [
      `I hope this message finds you well. I interviewed${f.interviewer ? ` with ${f.interviewer.name}` : ''} for the ${f.role} position at ${f.company} on ${f.date}, and I wanted to reach out to you as well.`,
      `I remain very interested in the role${f.topic ? `, particularly after our discussion of ${f.topic}` : ''}. If you have any update on the hiring timeline, I would greatly appreciate it.`,
      'Thank you for your help.',
    ],
  }),
  casual: (f) => ({
    subject: `Quick question about the ${f.role} timeline`,
    paragraphs: [
      `I interviewed${f.interviewer ? ` with ${firstName(f.interviewer.name)}` : ''} for the ${f.role} role at ${f.company} on ${f.date}, and wanted to say hello.`,
      `I'm still really excited about the role${f.topic ? ` (especially after talking about ${f.topic})` : ''}. Do you happen to know where things stand on timing?`,
      'Thanks so much for any help.',
    ],
  }),
};
