import { useEffect, useId, useRef, useState } from 'react';
import type { CoachView } from '@eulogin-coach/react';
import type { SimulatedMail } from '@eulogin-coach/simulator';

import { useStateFor } from '../../hooks/use-synced-state.js';
import { useContent } from '../../i18n/content-context.js';
import { clockTime } from '../../effects/clock-time.js';
import { useMailTexts } from './use-mail-texts.js';
import { useRehearsal, useRehearsalNow, useWorld } from '../../effects/rehearsal-context.js';
import { useFormat } from '../../i18n/use-format.js';

type Folder = 'inbox' | 'spam';

/** The person's mailbox: inbox and spam for their address, as the simulated world delivers them. */
export function Mailbox({ view, active }: { view: CoachView; active: boolean }) {
  const { content, locale } = useContent();
  const format = useFormat();
  const ui = content.ui.mailbox;
  const { clock } = useRehearsal();
  const world = useWorld();
  const now = useRehearsalNow();
  const [folder, setFolder] = useState<Folder>('inbox');
  // A mail stays open while the person stays on the step where they opened it: once the rehearsal moves on (its link
  // was used, Back, a jump), the mailbox is back at its list for good, rather than showing a spent link or reopening
  // the mail, and taking the focus, when the person comes back to that step.
  const [openId, setOpenId] = useStateFor<string | null>(view.stepId, null);
  // Closing a mail puts focus back on its line in the list (the Back button that had it is gone).
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const itemId = useId();
  useEffect(() => {
    if (openId === null && returnTo !== null) document.getElementById(`${itemId}-${returnTo}`)?.focus();
  }, [openId, returnTo, itemId]);
  // The person's own address once they registered with one, else the practice address.
  const address = world ? world.practiceDetails(view.data.email || undefined).email : '';
  const mails = world ? world.mailbox(address) : [];
  const inFolder = mails.filter((m) => m.folder === folder);
  const next = world ? world.nextDeliveryAt(address) : null;
  const waitMinutes = next === null ? null : Math.max(1, Math.ceil((next - now) / 60_000));
  const open = mails.find((m) => m.id === openId) ?? null;
  const count = (f: Folder) => mails.filter((m) => m.folder === f).length;
  const mailTexts = useMailTexts(mails.map((m) => m.language));
  // "Wait" disappears once the mail has come: focus goes to the new mail, or to its folder if it went elsewhere
  // (the spam folder's button then reads "Spam (1)"), rather than being lost.
  const waitedFor = useRef<number | null>(null);
  const newest = mails.reduce<(typeof mails)[number] | null>(
    (a, m) => (a && a.receivedAt >= m.receivedAt ? a : m),
    null,
  );
  useEffect(() => {
    if (waitedFor.current === null || newest === null || newest.receivedAt < waitedFor.current) return;
    waitedFor.current = null;
    const target = newest.folder === folder ? `${itemId}-${newest.id}` : `${itemId}-folder-${newest.folder}`;
    document.getElementById(target)?.focus();
  }, [newest, folder, itemId]);
  return (
    <section
      className={`surface surface--mail${active ? ' surface--active' : ''}`}
      aria-label={content.ui.app.surfaceNames.mail}
    >
      <h2 className="surface__title">{content.ui.app.surfaceNames.mail}</h2>
      <div className="mailbox">
        <p className="mailbox__address">{address}</p>
        <nav className="mailbox__folders" aria-label={ui.folders}>
          {(['inbox', 'spam'] as const).map((f) => (
            <button
              key={f}
              id={`${itemId}-folder-${f}`}
              type="button"
              className={`mailbox__folder${folder === f ? ' mailbox__folder--current' : ''}`}
              aria-pressed={folder === f}
              onClick={() => {
                setFolder(f);
                setOpenId(null);
              }}
            >
              {f === 'inbox' ? ui.inbox : ui.spam} ({count(f)})
            </button>
          ))}
        </nav>
        {open ? (
          <MailView
            mail={open}
            view={view}
            onBack={() => {
              setReturnTo(openId);
              setOpenId(null);
            }}
            folderName={folder === 'inbox' ? ui.inbox : ui.spam}
          />
        ) : inFolder.length === 0 ? (
          <div className="mailbox__empty">
            <p>{ui.emptyFolder}</p>
            {folder === 'inbox' && count('spam') > 0 ? <p>{ui.checkSpam}</p> : null}
          </div>
        ) : (
          <ul className="mailbox__list">
            {inFolder.map((mail) => {
              const text = mailTexts(mail.language)[mail.kind];
              return (
                <li key={mail.id}>
                  <button
                    type="button"
                    id={`${itemId}-${mail.id}`}
                    className="mailbox__item"
                    onClick={() => {
                      setReturnTo(null);
                      setOpenId(mail.id);
                    }}
                  >
                    <span className="mailbox__sender">{ui.senderName}</span>
                    <span className="mailbox__subject">{text.subject}</span>
                    <time dateTime={new Date(mail.receivedAt).toISOString()}>{clockTime(mail.receivedAt, locale)}</time>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {!open && waitMinutes !== null && next !== null ? (
          <div className="mailbox__wait">
            <p>{format(ui.nothingYet, { minutes: Math.round(view.data.config.maxMailDelayMs / 60_000) })}</p>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => {
                waitedFor.current = next;
                clock.advance(Math.max(0, next - now) + 1000);
              }}
            >
              {waitMinutes <= 1 ? ui.waitOneMinute : format(ui.wait, { minutes: waitMinutes })}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function MailView({
  mail,
  view,
  onBack,
  folderName,
}: {
  mail: SimulatedMail;
  view: CoachView;
  onBack: () => void;
  folderName: string;
}) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.mailbox;
  const mailTexts = useMailTexts([mail.language]);
  const text = mailTexts(mail.language)[mail.kind];
  const link = mail.url ?? '';
  const body = format(text.body, {
    firstName: mail.firstName,
    link,
    minutes: Math.round(view.data.config.linkTtlMs / 60_000),
  });
  const opened = mail.token ? ({ type: 'mail.linkOpened', token: mail.token } as const) : null;
  // Opening a mail replaces the list: focus its subject so reading starts there.
  const subject = useRef<HTMLHeadingElement>(null);
  useEffect(() => subject.current?.focus(), []);
  return (
    <article className="mail" lang={mail.language}>
      <button type="button" className="btn btn--link" onClick={onBack}>
        {format(ui.backTo, { folder: folderName })}
      </button>
      {mail.folder === 'spam' ? <p className="mail__warning">{ui.spamWarning}</p> : null}
      <h3 className="mail__subject" tabIndex={-1} ref={subject}>
        {text.subject}
      </h3>
      <dl className="mail__meta">
        <dt>{ui.from}</dt>
        <dd>
          {ui.senderName} &lt;{mail.from}&gt;
        </dd>
        <dt>{ui.to}</dt>
        <dd>{mail.to}</dd>
      </dl>
      <div className="mail__body">
        {body.split('\n\n').map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
      {opened ? (
        <button
          type="button"
          className="btn btn--primary"
          disabled={view.busy || !view.can(opened)}
          onClick={() => view.send(opened)}
        >
          {text.linkLabel}
        </button>
      ) : null}
    </article>
  );
}
