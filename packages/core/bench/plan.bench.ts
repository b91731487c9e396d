/**
 * `npm run bench:plan`: plan() throughput over 100,000 generated records, beside a straightforward
 * reference planner (Luxon + date-holidays' isHoliday per day) that must give identical plans.
 *
 * Targets (issue 2, item 7; issue 14, item 5): ≥ 100,000 plans/s on one idle core, ≥ 1,000× the reference, peak RSS < 200 MB,
 * with tenant settings (policy, calendar fallback, company closures) in play for a third of the records.
 * Exits 1 on any mismatch between plan() and the reference, or when a target is missed.
 * `--records=N` runs a smaller set (for a quick look; the targets are for the full 100,000).
 *
 *   phase 1  for each chunk of 5,000:  generate + parseRecord (untimed) ─▶ plan() × 6 (timed) ─▶ drop
 *   phase 2  the same chunks again: reference on the first 2,000 (timed), then plan() = reference? on all
 */
import type { TenantPlanning } from '../src/planner/context.ts';
import { plan, type Milestone } from '../src/planner/index.ts';
import { parseRecord, type InterviewRecord } from '../src/record/record.ts';
import { recordGenerator, TENANTS } from './records.ts';
import { libraryHolidays, memoized, referencePlan, type ReferenceMilestone } from './reference-planner.ts';

const RECORDS = Number(process.argv.find((a) => a.startsWith('--records='))?.slice(10) ?? 100_000);
const CHUNK = 5_000;
const SEED = 20_250_114;
const PASSES = 6; // the first is the cold one
/** The reference asks isHoliday (~1 ms) for every candidate day: its rate is measured on a subset. */
const REFERENCE_TIMED = Math.min(1_000, RECORDS);
const TARGET_RATE = 100_000;
const TARGET_RATIO = 1_000;
const TARGET_RSS_MB = 200;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const gc = (globalThis as { gc?: () => void }).gc;

interface Chunk {
  records: InterviewRecord[];
  nows: number[];
  /** The tenant's settings, shared by its records; undefined for a record without a tenant. */
  tenants: (TenantPlanning | undefined)[];
}

/** The records, `CHUNK` at a time, parsed before anything is timed; the same ones on every call. */
function* chunks(): Generator<Chunk> {
  const next = recordGenerator(SEED);
  for (let done = 0; done < RECORDS; done += CHUNK) {
    const chunk: Chunk = { records: [], nows: [], tenants: [] };
    for (let i = done; i < Math.min(done + CHUNK, RECORDS); i++) {
      const { input, now, tenant } = next();
      chunk.records.push(parseRecord(input));
      chunk.nows.push(now);
      chunk.tenants.push(tenant?.planning);
    }
    gc?.();
    yield chunk;
  }
}

// Phase 1: plan() alone.
let sink = 0;
let untimedMs = 0;
const passMs: number[] = Array.from({ length: PASSES }, () => 0);
let t = performance.now();
for (const { records, nows, tenants } of chunks()) {
  untimedMs += performance.now() - t;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    for (let i = 0; i < records.length; i++) sink += plan(records[i]!, { now: nows[i]!, ...tenants[i] }).length;
    passMs[pass]! += performance.now() - start;
  }
  t = performance.now();
}
const coldMs = passMs[0]!;
const warmMs = passMs.slice(1).sort((a, b) => a - b);
const medianMs = warmMs[Math.floor(warmMs.length / 2)]!;
const rate = (RECORDS / medianMs) * 1000;
const planRss = maxRssMb();

// Phase 2: the reference's rate, as specified (isHoliday asked afresh for every candidate day),
// then equality on every record with the same reference, isHoliday's answers remembered.
const library = libraryHolidays();
const remembered = memoized(library);
const same = (a: Milestone, b: ReferenceMilestone) =>
  a.kind === b.kind && a.status === b.status && a.dueAt === b.dueAt && a.skippedDays.map((d) => d.date).join() === b.skippedDays.join();
const brief = (m: Milestone | ReferenceMilestone | undefined) =>
  m ? `${m.kind} ${m.status} ${m.dueAt} skipped[${m.skippedDays.map((d) => (typeof d === 'string' ? d : d.date)).join(' ')}]` : '(none)';
const diffs: string[] = [];
let referenceRate = 0;
let mismatches = 0;
let index = 0;
// What the settings brought: records with a tenant, and plans that passed over a closed day.
let withSettings = 0;
let closedPlans = 0;
t = performance.now();
for (const { records, nows, tenants } of chunks()) {
  if (index === 0) {
    const start = performance.now();
    for (let i = 0; i < REFERENCE_TIMED; i++) sink += referencePlan(records[i]!, nows[i]!, library, tenants[i]).length;
    referenceRate = (REFERENCE_TIMED / (performance.now() - start)) * 1000;
  }
  for (let i = 0; i < records.length; i++, index++) {
    const ours = plan(records[i]!, { now: nows[i]!, ...tenants[i] });
    const theirs = referencePlan(records[i]!, nows[i]!, remembered, tenants[i]);
    if (tenants[i]) withSettings++;
    if (theirs.some((m) => m.closedDays.length)) closedPlans++;
    const bad = Array.from({ length: Math.max(ours.length, theirs.length) }, (_, k) => k).filter((k) => !ours[k] || !theirs[k] || !same(ours[k], theirs[k]));
    if (!bad.length) continue;
    mismatches++;
    if (diffs.length >= 5) continue;
    const r = records[i]!;
    const fallback = tenants[i]?.calendar?.country ? tenants[i]!.calendar! : r.candidate;
    const calendar = r.company.country ? [r.company.country, r.company.region] : [fallback.country, fallback.region];
    diffs.push(
      [
        `  #${index} ${r.externalId}: zone ${r.candidate.timeZone}, calendar ${calendar.filter(Boolean).join('-') || 'none'}, rapport ${r.notes?.rapport ?? '-'}, ` +
          `pace ${r.company.hiringPace ?? '-'}, tenant ${tenants[i] ? TENANTS.find((x) => x.planning === tenants[i])!.name : '-'}, interview ${r.interview.startsAt} to ${r.interview.endsAt}, decision ${r.decisionExpectedBy ?? '-'}, now ${new Date(nows[i]!).toISOString()}`,
        ...ours.map((m, k) => (bad.includes(k) ? `    plan():    ${brief(m)}\n    reference: ${brief(theirs[k])}` : `    both:      ${brief(m)}`)),
        ...theirs.slice(ours.length).map((m) => `    plan():    (none)\n    reference: ${brief(m)}`),
      ].join('\n'),
    );
  }
}
const phase2Seconds = (performance.now() - t) / 1000;

// The figures, each beside its reference or target.
const ratio = rate / referenceRate;
const checks = [rate >= TARGET_RATE, ratio >= TARGET_RATIO, planRss < TARGET_RSS_MB, mismatches === 0];
const line = (label: string, figure: string, note: string) => console.log(`${label.padEnd(30)}${figure.padStart(16)}  ${note}`);
console.log(`${fmt(RECORDS)} records (seed ${SEED}), generated and parsed ${fmt(CHUNK)} at a time before timing (${fmt(untimedMs / 1000, 1)} s, untimed)`);
console.log(
  `tenant settings on ${fmt(withSettings)} of them (${fmt((withSettings / RECORDS) * 100, 1)} %, ${TENANTS.length} tenants: policy, calendar fallback, closures); ` +
    `${fmt(closedPlans)} plans (${fmt((closedPlans / RECORDS) * 100, 1)} %) pass over a company closure\n`,
);
line('plan() cold, first pass', `${fmt((RECORDS / coldMs) * 1000)} plans/s`, `${fmt(coldMs)} ms; zone tables and holiday years built on the way`);
line(`plan() warm, median of ${PASSES - 1}`, `${fmt(rate)} plans/s`, `passes ${warmMs.map((ms) => fmt(ms)).join(', ')} ms   target ≥ ${fmt(TARGET_RATE)}: ${verdict(checks[0]!)}`);
line('reference (Luxon + isHoliday)', `${fmt(referenceRate, 1)} plans/s`, `first ${fmt(REFERENCE_TIMED)} records, isHoliday asked for every candidate day`);
line('ratio plan() / reference', `${fmt(ratio)} ×`, `target ≥ ${TARGET_RATIO}×: ${verdict(checks[1]!)}`);
line('peak RSS, plan() phase', `${fmt(planRss, 1)} MB`, `maxRSS before the reference ran   target < ${TARGET_RSS_MB} MB: ${verdict(checks[2]!)}`);
line('peak RSS, whole run', `${fmt(maxRssMb(), 1)} MB`, 'maxRSS at the end, reference included (for information)');
line('plans identical to reference', `${fmt(RECORDS - mismatches)} / ${fmt(RECORDS)}`,
  `${fmt(mismatches)} mismatching; kind, status, dueAt, skippedDays dates compared on every record (reference with isHoliday memoized; phase 2 took ${fmt(phase2Seconds, 1)} s): ${verdict(checks[3]!)}`);
if (diffs.length) console.log(`\nfirst mismatches:\n${diffs.join('\n')}`);
if (sink < 0) console.log(sink);
process.exitCode = checks.every(Boolean) ? 0 : 1;
