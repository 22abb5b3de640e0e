import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en, pc, reachRegistration, renderApp } from './helpers.js';

describe('registration form', () => {
  it('shows each field error from its rule code and keeps what was typed', async () => {
    const { user, world } = await renderApp();
    await reachRegistration(user, world.persona.email);
    const form = pc();
    // The address typed on the sign-in page is carried over.
    expect(form.getByLabelText(en.fields.email.label)).toHaveValue(world.persona.email);
    await user.type(form.getByLabelText(en.fields.firstName.label), 'Alex');
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));

    const lastName = form.getByLabelText(en.fields.lastName.label);
    expect(lastName).toHaveAttribute('aria-invalid', 'true');
    // Focus moves to the first refused field, so its label and error are read out.
    await waitFor(() => expect(lastName).toHaveFocus());
    expect(lastName.getAttribute('aria-describedby')).toBeTruthy();
    expect(lastName).toHaveAccessibleDescription(
      expect.stringContaining(en.errors.lastName?.required ?? en.errors.fallback.required),
    );
    const confirm = form.getByLabelText(en.fields.emailConfirm.label);
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText(en.errors.privacy?.mustAccept ?? en.errors.fallback.mustAccept)).toBeInTheDocument();

    // What was typed is still there, and the valid field is not marked.
    const firstName = form.getByLabelText(en.fields.firstName.label);
    expect(firstName).toHaveValue('Alex');
    expect(firstName).not.toHaveAttribute('aria-invalid');
  });

  it('keeps what was typed when a new captcha picture is drawn', async () => {
    const { user, world } = await renderApp();
    await reachRegistration(user, world.persona.email);
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), 'Alex');
    await user.type(form.getByLabelText(en.fields.lastName.label), 'Rehearsal');
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), world.persona.email);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    const captchaName = new RegExp(`^${en.ui.pc.register.captchaAlt}`);
    const before = form.getByRole('img', { name: captchaName }).getAttribute('aria-label');
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.newCaptcha }));
    await waitFor(() =>
      expect(form.getByRole('img', { name: captchaName })).not.toHaveAttribute('aria-label', before ?? ''),
    );
    expect(form.getByLabelText(en.fields.firstName.label)).toHaveValue('Alex');
    expect(form.getByLabelText(en.fields.lastName.label)).toHaveValue('Rehearsal');
    expect(form.getByLabelText(en.fields.emailConfirm.label)).toHaveValue(world.persona.email);
    expect(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox })).toBeChecked();
  });

  it('refuses the address of an EU institution with its own message, keeping the form', async () => {
    const { user, world } = await renderApp();
    await reachRegistration(user, 'someone@ec.europa.eu');
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), 'Alex');
    await user.type(form.getByLabelText(en.fields.lastName.label), 'Rehearsal');
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), 'someone@ec.europa.eu');
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(form.getByLabelText(en.fields.captcha.label), answer);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    const email = form.getByLabelText(en.fields.email.label);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    const message = en.errors.email?.institution;
    expect(message).toBeTruthy();
    expect(email).toHaveAccessibleDescription(expect.stringContaining(message ?? 'no institution message'));
    expect(form.getByLabelText(en.fields.firstName.label)).toHaveValue('Alex');
    expect(world.inspect().accounts).toEqual({});
  });
});
