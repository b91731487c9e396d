import { NotFound, VersionConflict } from '@followup/core/errors';
import type { InterviewState } from '@followup/core/lifecycle/types';
import type { InterviewStore, StoredInterview } from '@followup/core/ports/store';

/** Writes after a send must not be lost to a concurrent change: re-read and re-apply this often. */
const ATTEMPTS = 10;

/**
 * Applies `change` to the latest version of the interview and writes it, re-reading after a
 * conflict. Returns undefined when the interview is gone.
 * @example await writeLatest(store, tenant, id, (s) => delivered(s, kind, revision, messageId))
 */
export async function writeLatest(
  store: InterviewStore, tenant: string, id: string, change: (state: InterviewState) => InterviewState, current?: StoredInterview,
): Promise<StoredInterview | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      const latest = current ?? (await store.get(tenant, id));
      const state = change(latest.state);
      if (state === latest.state) return latest;
      return await store.update(latest, { state });
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      if (!(error instanceof VersionConflict) || attempt >= ATTEMPTS) throw error;
      current = undefined;
    }
  }
}
