import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { format, loadMails } from '@eulogin-coach/content';
import { resolveContent } from '@eulogin-coach/content/eager';
import type { Content } from '@eulogin-coach/content';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import { atStep, en, mailbox, pc, reachRegistration, renderApp, startJourney } from './helpers.js';

type User = ReturnType<typeof userEvent.setup>;

/** The helpdesk's "jump to a step", in the interface's language. */
async function jump(user: User, texts: Content, stepId: string) {
  const helpdesk = within(screen.getByRole('complementary', { name: texts.ui.app.helpdeskRegion }));
  await user.click(helpdesk.getByRole('button', { name: texts.ui.helpdesk.toggle }));
  await user.selectOptions(await helpdesk.findByLabelText(texts.ui.helpdesk.jumpLabel), stepId);
  await user.click(helpdesk.getByRole('button', { name: texts.ui.helpdesk.jumpButton }));
  await user.click(helpdesk.getByRole('button', { name: texts.ui.helpdesk.toggle }));
}

/** Opens the newest confirmation mail (waiting for it if needed) and hands back the mail region. */
async function openConfirmation(user: User, texts: Content, subject: string) {
  const box = within(screen.getByRole('region', { name: texts.ui.app.surfaceNames.mail }));
  const wait = box.queryByRole('button', { name: new RegExp(texts.ui.mailbox.wait.split('{')[0] ?? '') });
  if (wait) await user.click(wait);
  await user.click(await box.findByRole('button', { name: new RegExp(subject) }));
  await box.findByRole('heading', { name: subject });
  return box;
}

describe('mails to the accounts a journey starts with', () => {
  it('greet the person by the name on their practice details, as EU Login does', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    // The account is made for the person: the confirmation mail is already on its way.
    await jump(user, en, 'register.mailSent');
    await atStep('register.mailSent');
    const box = await openConfirmation(user, en, en.mails.confirmation.subject);
    const greeting = format(en.mails.confirmation.body.split('\n\n')[0] ?? '', { firstName: world.persona.firstName });
    expect(box.getByText(greeting)).toBeInTheDocument();
    expect(box.getAllByText(world.persona.email).length).toBeGreaterThan(0);
  });

  it('come in the interface language, not in a fixed one', async () => {
    const pt = resolveContent('pt');
    const rehearsal = createRehearsal({ seed: 7 });
    const world = await rehearsal.world.load();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <App rehearsal={rehearsal} locale="pt" />
      </StrictMode>,
    );
    await screen.findByRole('banner');
    await user.click(
      await screen.findByRole('button', {
        name: format(pt.ui.picker.startJourney, { journey: pt.journeys.fullSetup.title }),
      }),
    );
    await screen.findByRole('heading', { level: 2, name: pt.steps['signIn.email'].title });
    await jump(user, pt, 'register.mailSent');
    await screen.findByRole('heading', { level: 2, name: pt.steps['register.mailSent'].title });
    const mails = await loadMails('pt');
    const box = await openConfirmation(user, pt, mails.confirmation.subject);
    const greeting = format(mails.confirmation.body.split('\n\n')[0] ?? '', { firstName: world.persona.firstName });
    expect(box.getByText(greeting)).toBeInTheDocument();
    expect(box.getByRole('article')).toHaveAttribute('lang', 'pt');
  });

  it('reach the address the person registered with, greeting them by the name they typed', async () => {
    const { user, world } = await renderApp();
    const own = 'sam.own@example.eu';
    await reachRegistration(user, own);
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), 'Sam');
    await user.type(form.getByLabelText(en.fields.lastName.label), 'Own');
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), own);
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(form.getByLabelText(en.fields.captcha.label), answer);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    const box = await openConfirmation(user, en, en.mails.confirmation.subject);
    expect(mailbox().getAllByText(own).length).toBeGreaterThan(0);
    const greeting = format(en.mails.confirmation.body.split('\n\n')[0] ?? '', { firstName: 'Sam' });
    expect(box.getByText(greeting)).toBeInTheDocument();
  });
});
