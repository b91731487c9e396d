/**
 * The candidate's one-click actions at `/a/:token`, outside the API's key and JSON rules: the
 * signed token is the only credential.
 *
 *   GET  ─▶ verify ─▶ read ─▶ confirmation page with a form (mail scanners follow GET links: nothing changes)
 *   POST ─▶ verify ─▶ read ─▶ form → event ─▶ applyEvent ─▶ result page
 *   POST List-Unsubscribe=One-Click on an `unsubscribe` link (RFC 8058) ─▶ stop ─▶ 200, minimal
 */
import { IllegalTransition, NotFound, StoreUnavailable } from '@followup/core/errors';
import { checkEventDates } from '@followup/core/record';
import { verifyLink, type ActionLink } from '@followup/core/links';
import type { StoredInterview } from '@followup/core/ports';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../http/env.ts';
import { snoozeUntil } from '@followup/core/interviews';
import { candidateToday, dryRun, eventFor, type ActionForm } from './form.ts';
import { ConfirmPage, DonePage, MessagePage, NothingToDoPage, RefusedPage } from './pages.tsx';

type Ctx = Context<AppEnv>;

const TOO_FAR = 'That date is too far from the interview: pick one within two years of it.';

/** The token travels in the URL: keep it out of caches, referrers and search engines. */
function pageHeaders(): MiddlewareHandler<AppEnv> {
  return async function pageHeaders(c, next) {
    await next();
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
    c.header('x-content-type-options', 'nosniff');
    c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  };
}

/** The link the token carries, or the refusal page: 410 once expired, 400 when forged or malformed. */
async function verified(c: Ctx): Promise<ActionLink | Response> {
  const check = verifyLink(c.req.param('token') ?? '', c.var.deps.links.key, c.var.deps.clock.now());
  if (check.ok) return check.link;
  return c.html(<RefusedPage reason={check.reason} />, check.reason === 'expired' ? 410 : 400);
}

const interviewOf = (c: Ctx, link: ActionLink) => c.var.deps.store.get(link.tenantId, link.interviewId);

function nothingToDo(c: Ctx, interview: StoredInterview, link: ActionLink): Response | Promise<Response> {
  return c.html(<NothingToDoPage state={interview.state} link={link} />, 409);
}

async function formOf(c: Ctx): Promise<ActionForm & { oneClick: boolean }> {
  const body = await c.req.parseBody();
  const text = (name: string) => (typeof body[name] === 'string' ? body[name].trim() : '');
  return { on: text('on'), decisionExpectedBy: text('decisionExpectedBy'), oneClick: text('List-Unsubscribe') === 'One-Click' };
}

/** RFC 8058: the mail provider only needs to know the address will hear nothing more. An ended or deleted interview sends nothing. */
async function unsubscribeInOneClick(c: Ctx, link: ActionLink): Promise<Response> {
  try {
    await c.var.deps.interviews.applyEvent(link.tenantId, link.interviewId, { type: 'stop' });
  } catch (error) {
    if (!(error instanceof IllegalTransition || error instanceof NotFound)) throw error;
  }
  return c.text('Unsubscribed.', 200);
}

/** The date a snooze moves the milestone to, by the tenant's snooze length (read only for a snooze link). */
async function snoozeDate(c: Context<AppEnv>, link: ActionLink, today: string): Promise<string> {
  if (link.action !== 'snooze') return snoozeUntil(today);
  return snoozeUntil(today, (await c.var.deps.settings.planning.planningFor(link.tenantId)).snoozeDays);
}

/**
 * `GET` and `POST /a/:token`.
 * @example app.route('/', actions)
 */
export const actions = new Hono<AppEnv>()
  .use('/a/*', pageHeaders(), bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.text('Too large.', 413) }))
  .get('/a/:token', async (c) => {
    const link = await verified(c);
    if (link instanceof Response) return link;
    const interview = await interviewOf(c, link);
    const now = c.var.deps.clock.now();
    const today = candidateToday(interview.state, now);
    const until = await snoozeDate(c, link, today);
    const planned = eventFor(link, {}, today, until);
    if ('event' in planned && dryRun(interview.state, planned.event, now) === 'illegal') return nothingToDo(c, interview, link);
    return c.html(<ConfirmPage state={interview.state} link={link} today={today} until={until} />);
  })
  .post('/a/:token', async (c) => {
    const link = await verified(c);
    if (link instanceof Response) return link;
    const form = await formOf(c);
    if (form.oneClick && link.action === 'unsubscribe') return unsubscribeInOneClick(c, link);
    const interview = await interviewOf(c, link);
    const now = c.var.deps.clock.now();
    const today = candidateToday(interview.state, now);
    const until = await snoozeDate(c, link, today);
    const planned = eventFor(link, form, today, until);
    if ('error' in planned) {
      return c.html(<ConfirmPage state={interview.state} link={link} today={today} until={until} error={planned.error} />, 422);
    }
    // A date no real interview has (POLICY's bounds) is refused before anything plans with it.
    if (checkEventDates(planned.event, interview.state.record, now).length) {
      return c.html(<ConfirmPage state={interview.state} link={link} today={today} until={until} error={TOO_FAR} />, 422);
    }
    if (dryRun(interview.state, planned.event, now) !== 'changes') return nothingToDo(c, interview, link);
    try {
      const { interview: changed } = await c.var.deps.interviews.applyEvent(link.tenantId, link.interviewId, planned.event, { current: interview });
      return c.html(<DonePage state={changed.state} link={link} />);
    } catch (error) {
      // Someone else (a second click, the API) got there first: show where things stand now.
      if (error instanceof IllegalTransition) return nothingToDo(c, await interviewOf(c, link), link);
      throw error;
    }
  })
  .onError((error, c) => {
    if (error instanceof NotFound) {
      return c.html(<MessagePage title="This interview is gone" message="It was deleted, with its reminders. There is nothing left to do." />, 404);
    }
    if (error instanceof StoreUnavailable) {
      c.header('retry-after', '5');
      return c.html(<MessagePage title="Please try again" message="We could not reach our records just now. Nothing was changed; try the link again in a minute." />, 503);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.html(<MessagePage title="Something went wrong" message="Nothing was changed. Please try the link again later." />, 500);
  });
