import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { resolveContent } from '@eulogin-coach/content';
import { en, pc, reachRegistration, renderApp } from './helpers.js';

const pt = resolveContent('pt');

describe('switching the page language', () => {
  it('keeps the step and everything typed in the middle of a rehearsal', async () => {
    const { user } = await renderApp();
    await reachRegistration(user, 'ana@example.org');
    await user.type(pc().getByLabelText(en.fields.firstName.label), 'Ana');
    await user.selectOptions(screen.getByLabelText(en.ui.app.languageLabel), 'pt');
    expect(
      await screen.findByRole('heading', { level: 2, name: pt.steps['register.form'].title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const ptPc = within(screen.getByRole('region', { name: pt.ui.app.surfaceNames.pc }));
    expect(ptPc.getByLabelText(pt.fields.firstName.label)).toHaveValue('Ana');
  });
});
