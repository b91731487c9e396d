/** The command was called wrongly (unknown flag, missing FILE): message and usage on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command's input is unreadable or invalid: message on stderr, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export const USAGE = `Usage:
  followup plan FILE [--now ISO] [--format json|table] [--settings SETTINGS.json]
  followup draft FILE --kind KIND [--now ISO] [--format text|json|html] [--wrong TEXT --right TEXT]
  followup example [--ended-minutes-ago N]     a record for an interview that ended an hour ago
  followup keys create --tenant TENANT [--aws] an API key, printed once; only its hash is stored
  followup keys list [--tenant TENANT] [--format table|json] [--aws]
  followup keys revoke KEY-ID-OR-PREFIX [--aws]
  followup smoke --url API-URL --key KEY [--wait SECONDS] [--due-in SECONDS]   checks a stage end to end

FILE is an interview record (JSON); - reads standard input.
keys work on the local data folder (FOLLOWUP_DATA_DIR, ./.data; a running npm start's or its own
dynalite), on FOLLOWUP_DYNAMO_ENDPOINT when set, or with --aws on FOLLOWUP_TABLE in AWS_REGION.`;
