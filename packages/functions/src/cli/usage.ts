/** The command was called wrongly (unknown flag, missing FILE): message and usage on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command's input is unreadable or invalid: message on stderr, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export const USAGE = `Usage:
  followup plan FILE [--now ISO] [--format json|table]
  followup draft FILE --kind KIND [--now ISO] [--format text|json|html] [--wrong TEXT --right TEXT]

FILE is an interview record (JSON); - reads standard input.`;
