/**
 * After a rejection: thanks without bitterness, one clear request for feedback, and the door
 * left open for future roles (the guide: not every employer answers, but it is worth asking).
 */
import { isNounLike } from '../phrase.ts';
import { type Template } from '../voice.ts';

export const feedbackRequest: Template = {
  formal: (f) => {
    const topic = f.wasThere && f.topic && isNounLike(f.topic) ? f.topic.text : undefined;
    return {
      subject: 'Thank you, and a request for feedback',
      paragraphs: [
        `Thank you for letting me know your decision on the ${f.role} position. While I am disappointed, I am grateful for the opportunity to interview with ${f.company} on ${f.date}.`,
        `If you are able to share any feedback on my interview${topic ? `, including our discussion of ${topic}` : ''}, I would value it greatly as I continue my search.`,
        `I would welcome the chance to be considered for future roles, and I wish ${f.contact ? 'you and the team' : 'the team'} every success.`,
      ],
    };
  },
  casual: (f) => {
    const topic = f.wasThere && f.topic && isNounLike(f.topic) ? f.topic.text : undefined;
    return {
      subject: 'Thanks for letting me know',
      paragraphs: [
        `Thanks for the update on the ${f.role} role. I'm disappointed, of course, but I really enjoyed getting to know the ${f.company} team on ${f.date}.`,
        `If you have a few minutes, I'd really appreciate any feedback on how I came across${topic ? `, especially when we talked about ${topic}` : ''}. It would help me a lot.`,
        `I'd love to stay in touch for future openings. All the best with the search!`,
      ],
    };
  },
};
