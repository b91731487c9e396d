/** An example interview record, for tests, the bench and trying the API by hand. */

/**
 * A valid record: an interview Tue 14 Jan 2025 10:00 New York time.
 * @example sampleRecord({ externalId: 'ats-1' })
 */
export function sampleRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    candidate: { name: 'Ann Lee', email: 'ann@example.com', timeZone: 'America/New_York', country: 'US' },
    company: { name: 'Acme', country: 'US' },
    role: 'Platform Engineer',
    interview: { startsAt: '2025-01-14T10:00:00-05:00' },
    contacts: [{ name: 'Bo Chen', relation: 'interviewer', email: 'bo@acme.example' }],
    notes: { topics: ['event sourcing'] },
    ...overrides,
  };
}
