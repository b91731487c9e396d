/**
 * The candidate's action pages, server-rendered, no script: one card in the reminder email's
 * colours and type, readable on a phone. Text is escaped by hono/jsx.
 */
import type { InterviewState } from '@followup/core/lifecycle';
import type { ActionLink, LinkRefusal } from '@followup/core/links';
import { dayLabel, dayOf } from '@followup/core/time';
import { ACCENT, FONT, INK, MUTED } from '@followup/templates/names';
import { KIND_NAMES } from '@followup/templates/names';
import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';
import type { ActionForm } from './form.ts';
import { ACTION_TEXTS, REFUSALS, STATUS_LABELS, whyNothingToDo } from './texts.ts';
import { timelineRows } from './timeline.ts';

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#eef2f6;color:${INK};${FONT};font-size:15px;line-height:1.5}
main{max-width:600px;margin:24px auto;background:#fff;border:1px solid #d9e2ec;border-radius:10px;padding:24px 28px}
.brand{font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:${ACCENT}}
h1{font-size:22px;line-height:1.3;margin:6px 0 4px}
h2{font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:${MUTED};margin:24px 0 10px}
.sub,.muted,footer{color:${MUTED};font-size:14px}
p{margin:0 0 10px}
.banner{border-radius:6px;padding:10px 14px;margin:14px 0}
.ok{background:#e3f9e5;border:1px solid #57ae5b}
.warn{background:#fffbea;border:1px solid #f0b429}
form{margin:16px 0 8px}
label{display:block;font-weight:600;margin-bottom:4px}
input{font:inherit;font-size:16px;padding:8px 10px;border:1px solid #bcccdc;border-radius:6px;margin-bottom:4px}
.field{margin-bottom:14px}
button{font:inherit;font-size:16px;font-weight:600;color:#fff;background:${ACCENT};border:1px solid ${ACCENT};border-radius:6px;padding:11px 20px;cursor:pointer}
.chip{font-size:12px;font-weight:600;letter-spacing:0;text-transform:none;color:${ACCENT};background:#e6eef9;border-radius:10px;padding:2px 8px;margin-left:6px}
ol{list-style:none;margin:0;padding:0}
li{position:relative;padding:0 0 14px 26px;border-left:2px solid #d9e2ec;margin-left:6px}
li:last-child{border-left-color:transparent}
li::before{content:"";position:absolute;left:-7px;top:4px;width:12px;height:12px;border-radius:50%;background:#9aa5b1;border:2px solid #fff}
li.done::before{background:#57ae5b}
li.current::before{background:${ACCENT}}
li.cancelled .name,li.skipped .name{text-decoration:line-through;color:${MUTED}}
.when{display:block;color:${MUTED};font-size:13px}
.name{font-weight:600}
.current .name{color:${ACCENT}}
.status{color:${MUTED};font-size:13px;margin-left:6px}
footer{border-top:1px solid #eef2f6;margin-top:20px;padding-top:14px;font-size:12px}
@media (max-width:480px){body{background:#fff}main{margin:0;border:0;border-radius:0;padding:20px 18px}button{width:100%}}
`;

const Layout: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <>
    {raw('<!DOCTYPE html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · followup`}</title>
        <style>{raw(CSS)}</style>
      </head>
      <body>
        <main>
          <div class="brand">followup</div>
          {children}
          <footer>followup only ever writes to you; it never contacts an employer.</footer>
        </main>
      </body>
    </html>
  </>
);

interface AboutProps {
  state: InterviewState;
  link: ActionLink;
}

/** The heading: what is being done, to which interview and milestone. */
const Heading: FC<AboutProps & { title: string }> = ({ state, link, title }) => (
  <>
    <h1>{title}</h1>
    <p class="sub">{`${state.record.role} at ${state.record.company.name} · ${KIND_NAMES[link.kind]}`}</p>
  </>
);

const Timeline: FC<AboutProps> = ({ state, link }) => (
  <section>
    <h2>
      Your plan<span class="chip">{STATUS_LABELS[state.status]}</span>
    </h2>
    <ol>
      {timelineRows(state, link.kind).map((row) => (
        <li class={`${row.status}${row.current ? ' current' : ''}`}>
          <span class="when">{row.when}</span>
          <span class="name">{row.name}</span>
          <span class="status">{row.label}</span>
        </li>
      ))}
    </ol>
  </section>
);

const DateField: FC<{ name: keyof ActionForm; label: string; hint: string; value?: string; min?: string; max?: string }> = ({ name, label, hint, ...input }) => (
  <div class="field">
    <label for={name}>{label}</label>
    <input type="date" id={name} name={name} {...input} />
    <div class="muted">{hint}</div>
  </div>
);

/** GET: what the action will do, the form that does it, and the plan as it is. */
export const ConfirmPage: FC<AboutProps & { today: string; until: string; error?: string }> = ({ state, link, today, until, error }) => {
  const text = ACTION_TEXTS[link.action];
  return (
    <Layout title={text.title}>
      <Heading state={state} link={link} title={text.title} />
      <p>{text.explain(dayLabel(dayOf(until)))}</p>
      {error && <p class="banner warn" role="alert">{error}</p>}
      <form method="post">
        {link.action === 'sent' && <DateField name="on" label="When did you send it?" hint="Your local date; today unless you change it." value={today} max={today} />}
        {link.action === 'replied_other' && <DateField name="decisionExpectedBy" label="When do they expect to decide? (optional)" hint="Leave it empty if they did not say." min={today} />}
        <button type="submit">{text.confirm}</button>
      </form>
      <p class="muted">Nothing changes until you press the button.</p>
      <Timeline state={state} link={link} />
    </Layout>
  );
};

/** POST done: what changed, and the plan after it. */
export const DonePage: FC<AboutProps> = ({ state, link }) => (
  <Layout title={ACTION_TEXTS[link.action].title}>
    <Heading state={state} link={link} title={ACTION_TEXTS[link.action].title} />
    <p class="banner ok" role="status">{ACTION_TEXTS[link.action].done}</p>
    <Timeline state={state} link={link} />
  </Layout>
);

/** Already done, or no longer possible: the interview as it is, unchanged. */
export const NothingToDoPage: FC<AboutProps> = ({ state, link }) => (
  <Layout title="Nothing to change">
    <Heading state={state} link={link} title="Nothing to change" />
    <p class="banner warn" role="status">{whyNothingToDo(state, link)}</p>
    <Timeline state={state} link={link} />
  </Layout>
);

/** A forged, altered, malformed or expired link. */
export const RefusedPage: FC<{ reason: LinkRefusal }> = ({ reason }) => (
  <Layout title={REFUSALS[reason].title}>
    <h1>{REFUSALS[reason].title}</h1>
    <p>{REFUSALS[reason].explain}</p>
    <p class="muted">Nothing was changed.</p>
  </Layout>
);

/** The interview was deleted, or the store could not be reached. */
export const MessagePage: FC<{ title: string; message: string }> = ({ title, message }) => (
  <Layout title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
  </Layout>
);
