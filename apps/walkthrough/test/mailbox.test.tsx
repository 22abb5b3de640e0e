import { screen, waitFor } from '@testing-library/react';
import { loadMails } from '@eulogin-coach/content';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import { describe, expect, it } from 'vitest';
import { atStep, en, guide, mailbox, pc, reachRegistration, renderApp } from './helpers.js';

describe('mailbox', () => {
  it('shows the confirmation mail, and its link moves the coach to password.set', async () => {
    const { user, world } = await renderApp();
    const persona = world.persona;
    await reachRegistration(user, persona.email);
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), persona.firstName);
    await user.type(form.getByLabelText(en.fields.lastName.label), persona.lastName);
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), persona.email);
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(form.getByLabelText(en.fields.captcha.label), answer);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    // The PC page says where else to look before anything arrives.
    expect(pc().getByText(en.ui.pc.register.spamAdvice)).toBeInTheDocument();

    // Nothing has arrived yet: the mailbox offers to wait, which fast-forwards the rehearsal clock.
    const box = mailbox();
    await user.click(box.getByRole('button', { name: /^Wait \d+ minutes?$/ }));
    // The button is gone once the mail is in: focus goes to the new mail rather than being lost.
    const arrived = await box.findByRole('button', { name: new RegExp(en.mails.confirmation.subject) });
    await waitFor(() => expect(arrived).toHaveFocus());
    await user.click(arrived);
    // Reading starts at the opened mail's subject; going back returns to its line in the list.
    expect(box.getByRole('heading', { name: en.mails.confirmation.subject })).toHaveFocus();
    await user.click(box.getByRole('button', { name: new RegExp(en.ui.mailbox.backTo.replace('{folder}', '')) }));
    expect(box.getByRole('button', { name: new RegExp(en.mails.confirmation.subject) })).toHaveFocus();
    await user.click(box.getByRole('button', { name: new RegExp(en.mails.confirmation.subject) }));
    await user.click(box.getByRole('button', { name: en.mails.confirmation.linkLabel }));
    await atStep('password.set');
    expect(screen.getByRole('heading', { level: 3, name: en.ui.pc.password.heading })).toBeInTheDocument();
    // The spent mail closes: the mailbox is back at its list.
    expect(box.queryByRole('heading', { name: en.mails.confirmation.subject })).not.toBeInTheDocument();
    expect(box.getByRole('button', { name: new RegExp(en.mails.confirmation.subject) })).toBeInTheDocument();
    // The rules under the field (read with it) quote the configured minimum length, never a raw placeholder.
    const password = pc().getByLabelText(en.fields.password.label, { selector: 'input' });
    expect(password).toHaveAccessibleDescription(
      expect.stringMatching(new RegExp(`at least ${DEFAULT_CONFIG.passwordMinLength}`, 'i')),
    );
    expect(password).not.toHaveAccessibleDescription(expect.stringContaining('{'));
    // Going Back to the mail step does not reopen it, and focus goes to the step, not to the old mail.
    await user.click(guide().getByRole('button', { name: en.ui.guide.back }));
    const back = await atStep('register.mailSent');
    await waitFor(() => expect(back).toHaveFocus());
    expect(box.queryByRole('heading', { name: en.mails.confirmation.subject })).not.toBeInTheDocument();
  });

  it('writes the mail in the e-mail language chosen at registration, whatever the page language', async () => {
    const { user, world } = await renderApp();
    const persona = world.persona;
    await reachRegistration(user, persona.email);
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), persona.firstName);
    await user.type(form.getByLabelText(en.fields.lastName.label), persona.lastName);
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), persona.email);
    await user.selectOptions(form.getByLabelText(en.fields.emailLanguage.label), 'de');
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(form.getByLabelText(en.fields.captcha.label), answer);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    const german = await loadMails('de');
    const box = mailbox();
    await user.click(box.getByRole('button', { name: /^Wait \d+ minutes?$/ }));
    await user.click(await box.findByRole('button', { name: new RegExp(german.confirmation.subject) }));
    expect(await box.findByRole('heading', { name: german.confirmation.subject })).toBeInTheDocument();
    expect(box.getByRole('button', { name: german.confirmation.linkLabel })).toBeInTheDocument();
  });

  it('lets 90 minutes pass from the guide, so an expired link can be rehearsed', async () => {
    const { user, world } = await renderApp();
    const persona = world.persona;
    await reachRegistration(user, persona.email);
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), persona.firstName);
    await user.type(form.getByLabelText(en.fields.lastName.label), persona.lastName);
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), persona.email);
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(form.getByLabelText(en.fields.captcha.label), answer);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    await user.click(guide().getByText(en.ui.guide.whatCanGoWrong));
    await user.click(guide().getByRole('button', { name: en.ui.guide.letTimePass.replace('{minutes}', '90') }));
    const box = mailbox();
    await user.click(await box.findByRole('button', { name: new RegExp(en.mails.confirmation.subject) }));
    await user.click(box.getByRole('button', { name: en.mails.confirmation.linkLabel }));
    await atStep('register.linkExpired');
  });
});
