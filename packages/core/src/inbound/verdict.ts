/**
 * What a human reply looks like it says: an offer, a next round, a rejection, or something
 * else. Phrases, not a model: each rule is a list a person can read and extend, and the first
 * list (in the order below) with a phrase in the text wins. It only ever suggests; the
 * candidate's click decides (POLICY: only that click applies offer, rejection or next round).
 *
 * Rejection is checked first: "we have decided to move forward with other candidates" must
 * not read as a next step, nor "we can't offer you the role" as an offer.
 */
export const VERDICTS = ['offer', 'next_round', 'rejection', 'other'] as const;
export type Verdict = (typeof VERDICTS)[number];

const RULES: { verdict: Exclude<Verdict, 'other'>; phrases: RegExp[] }[] = [
  {
    verdict: 'rejection',
    phrases: [
      /\bunfortunately\b/,
      /\bregret to (inform|let you know)\b/,
      /\b(decided|chosen|opted) (to (move|go) forward|to proceed) with (an?other|other|a different) (candidate|applicant)s?\b/,
      /\b(not|won't|will not) be (moving|going) forward with your (application|candidacy)\b/,
      /\bnot (be )?(moving|going) forward\b/,
      /\b(decided|chosen) not to (proceed|move forward|continue)\b/,
      /\b(position|role) has (now )?been filled\b/,
      /\bnot (the right|a) (fit|match) (at this time|for this role)\b/,
      /\bpursue other candidates\b/,
      /\b(can't|cannot|can not|are unable to|won't be able to) offer you\b/,
    ],
  },
  {
    verdict: 'offer',
    phrases: [
      /\b(pleased|delighted|happy|excited|thrilled) to (extend|offer|make)( you)? (an|the|a formal)? ?offer\b/,
      /\b(extend|make|making|extending) (you )?(an|a formal|a written) offer\b/,
      /\boffer (you )?the (position|role|job)\b/,
      /\boffer letter\b/,
      /\b(formal|written|verbal) offer\b/,
      /\bwelcome (you )?(to|aboard|on board)\b.*\bteam\b/,
    ],
  },
  {
    verdict: 'next_round',
    phrases: [
      /\bnext (round|stage|step)s?\b/,
      /\b(second|2nd|third|3rd|final|follow-up|onsite|on-site|panel|technical) (round|interview)s?\b/,
      /\b(move|moving|advance|advancing) you (forward|on|to the next)\b/,
      /\b(schedule|set up|arrange|book) (a|another|some|the next) (call|conversation|interview|meeting|time)\b/,
      /\b(meet|speak|chat) with (more of )?(the|our) (team|hiring manager|founders?|ceo|cto|director)\b/,
      /\b(take[- ]home|coding challenge|case study|assessment)\b/,
    ],
  },
];

export interface VerdictResult {
  verdict: Verdict;
  /** The phrase that decided it, as it appears in the text; absent for `other`. */
  because?: string;
}

/**
 * @example suggestVerdict('We are pleased to extend you an offer for the role.') // { verdict: 'offer', because: 'pleased to extend you an offer' }
 */
export function suggestVerdict(text: string): VerdictResult {
  const lower = text.slice(0, 8000).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  for (const rule of RULES) {
    for (const phrase of rule.phrases) {
      const match = phrase.exec(lower);
      if (match) return { verdict: rule.verdict, because: match[0] };
    }
  }
  return { verdict: 'other' };
}
