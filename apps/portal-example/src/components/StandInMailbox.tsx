// The example's stand-in for the person's mail app. A real portal has none: EU Login's mail reaches the person's
// own inbox, its link opens the portal's page with the token, and that page sends `mail.linkOpened` (see
// docs/embedding.md, "A real portal: mail links and the phone").
import { useState } from 'react';
import type { CoachView } from '@eulogin-coach/machine';
import { fetchMailbox } from '../portal-api-client.js';
import type { PortalMail } from '../portal-api-client.js';
import { PORTAL_TEXTS } from '../portal-texts.js';

export function StandInMailbox({ view, session }: { view: CoachView; session: string }) {
  const [mails, setMails] = useState<readonly PortalMail[] | null>(null);
  const [failed, setFailed] = useState(false);
  const check = () => {
    fetchMailbox(session, view.data.email).then(
      (found) => {
        setMails(found);
        setFailed(false);
      },
      () => setFailed(true),
    );
  };
  return (
    <section aria-labelledby="mailbox-heading">
      <h2 id="mailbox-heading">{PORTAL_TEXTS.mailboxHeading}</h2>
      <p>{PORTAL_TEXTS.mailboxIntro}</p>
      <button type="button" onClick={check}>
        {PORTAL_TEXTS.checkMail}
      </button>
      {failed && <p role="alert">{PORTAL_TEXTS.startFailed}</p>}
      {mails && mails.length === 0 && <p role="status">{PORTAL_TEXTS.noMail}</p>}
      {mails && mails.length > 0 && (
        <ul>
          {mails.map((mail) => (
            <li key={mail.id}>
              {PORTAL_TEXTS.mailKinds[mail.kind] ?? mail.kind}{' '}
              {mail.token !== null && (
                <button
                  type="button"
                  disabled={view.busy}
                  onClick={() => mail.token && view.send({ type: 'mail.linkOpened', token: mail.token })}
                >
                  {PORTAL_TEXTS.openLink}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
