import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadContent } from '@eulogin-coach/content';
import { openSession } from './portal-api-client.js';
import { TEXT_OVERRIDES } from './portal-setup.js';
import { PORTAL_TEXTS } from './portal-texts.js';
import { Portal } from './Portal.js';

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(<p role="status">{PORTAL_TEXTS.loading}</p>);
Promise.all([loadContent('en', TEXT_OVERRIDES), openSession()]).then(
  ([content, session]) =>
    root.render(
      <StrictMode>
        <main>
          <p>{PORTAL_TEXTS.heading}</p>
          <Portal content={content} session={session} />
        </main>
      </StrictMode>,
    ),
  () => root.render(<p role="alert">{PORTAL_TEXTS.startFailed}</p>),
);
