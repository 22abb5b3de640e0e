import { useId, useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CoachEffects, PreparedWorld } from '@eulogin-coach/machine';
import { DEFAULT_PHONE, createCoachLogic } from '@eulogin-coach/machine';
import { CoachProvider, fieldProps, submitProps, useCoachView } from '../src/index.js';

/** Effects whose `prepare` waits until the test lets it finish; anything else rejects. */
function heldEffects(): { effects: CoachEffects; finish: () => void } {
  let finish = () => {};
  const held = new Promise<PreparedWorld>((resolve) => {
    finish = () => resolve({ email: 'alex@example.org', account: null, phone: DEFAULT_PHONE });
  });
  const effects = new Proxy({} as CoachEffects, {
    get: (_target, name) => (name === 'prepare' ? () => held : () => Promise.reject(new Error(`no ${String(name)}`))),
  });
  return { effects, finish: () => finish() };
}

/** A portal's own e-mail form, wired from the view with the prop getters. */
function EmailForm() {
  const view = useCoachView();
  const [email, setEmail] = useState(view.values.signInEmail);
  const field = fieldProps(view, 'email', useId());
  const event = { type: 'user.submitEmail', email } as const;
  const submit = submitProps(view, event);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        view.send(event);
      }}
    >
      <label htmlFor={field.input.id}>E-mail</label>
      <input {...field.input} value={email} onChange={(e) => setEmail(e.target.value)} />
      {field.error ? <p id={field.errorId}>{`${field.error.field}.${field.error.rule}`}</p> : null}
      <button type="submit" disabled={submit.disabled}>
        Next
      </button>
      <p data-testid="reason">{submit.reason ?? 'ready'}</p>
      <button type="button" onClick={() => view.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' })}>
        start
      </button>
    </form>
  );
}

describe('form prop getters', () => {
  it('disable the submit button with its reason: refused off the step, busy while the coach works, then enabled', async () => {
    const { effects, finish } = heldEffects();
    render(
      <CoachProvider logic={createCoachLogic(effects)}>
        <EmailForm />
      </CoachProvider>,
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByTestId('reason')).toHaveTextContent('refused');
    await userEvent.click(screen.getByRole('button', { name: 'start' }));
    expect(screen.getByTestId('reason')).toHaveTextContent('busy');
    finish();
    expect(await screen.findByText('ready')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
  });

  it('mark a refused field invalid and describe it by its error, keeping what was typed', async () => {
    const { effects, finish } = heldEffects();
    finish();
    render(
      <CoachProvider logic={createCoachLogic(effects)}>
        <EmailForm />
      </CoachProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'start' }));
    await screen.findByText('ready');
    const input = screen.getByRole('textbox', { name: 'E-mail' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    await userEvent.type(input, 'not an address');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('textbox', { name: 'E-mail', description: 'email.format' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(input).toHaveValue('not an address');
    expect(input).toHaveAttribute('name', 'email');
  });
});
