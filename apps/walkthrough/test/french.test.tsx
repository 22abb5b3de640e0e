import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { resolveContent } from '@eulogin-coach/content/eager';
import userEvent from '@testing-library/user-event';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import { en } from './helpers.js';

const fr = resolveContent('fr');

describe('the coach in French', () => {
  it('is offered in the language picker, and choosing it runs the rehearsal in French', async () => {
    const rehearsal = createRehearsal({ seed: 7 });
    await rehearsal.world.load();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <App rehearsal={rehearsal} locale="en" />
      </StrictMode>,
    );
    await screen.findByRole('banner');
    const picker = screen.getByLabelText(en.ui.app.languageLabel);
    expect(within(picker).getByRole('option', { name: 'Français' })).toHaveAttribute('lang', 'fr');

    await user.selectOptions(picker, 'fr');
    const start = await screen.findByRole('button', {
      name: fr.ui.picker.startJourney.replace('{journey}', fr.journeys.fullSetup.title),
    });
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(screen.getByLabelText(fr.ui.app.languageLabel)).toHaveValue('fr');

    await user.click(start);
    await screen.findByRole('heading', { level: 2, name: fr.steps['signIn.email'].title });
    const bar = within(screen.getByRole('region', { name: fr.ui.app.surfaceNames.pc }));
    await user.click(bar.getByRole('button', { name: fr.ui.pc.buttons.next }));
    await user.click(await bar.findByRole('button', { name: fr.ui.pc.buttons.createAccount }));
    await screen.findByRole('heading', { level: 2, name: fr.steps['register.form'].title });
    // The e-mail language starts at the page's language, so EU Login's mails come in French too.
    expect(bar.getByLabelText(fr.fields.emailLanguage.label)).toHaveValue('fr');
  });
});
