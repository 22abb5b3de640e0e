import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolveContent } from '@eulogin-coach/content/eager';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';

export const en = resolveContent('en');

/** The app in StrictMode on a fresh simulated world (fixed seed), in English. */
export async function renderApp(seed = 7) {
  const rehearsal = createRehearsal({ seed });
  const world = await rehearsal.world.load();
  const user = userEvent.setup();
  const result = render(
    <StrictMode>
      <App rehearsal={rehearsal} locale="en" />
    </StrictMode>,
  );
  // The texts load on demand; the header appears once they are there.
  await screen.findByRole('banner');
  return { ...result, rehearsal, world, user };
}

/**
 * Opens the start page's "I have a code" box, as a person does (its form is only there once it is open), and returns
 * the code field.
 */
export async function openCodeBox(user: User): Promise<HTMLElement> {
  await user.click(screen.getByText(en.ui.start.haveCode));
  return screen.findByLabelText(en.ui.guide.resumeLabel);
}

export function pc() {
  return within(screen.getByRole('region', { name: en.ui.app.surfaceNames.pc }));
}

export function mailbox() {
  return within(screen.getByRole('region', { name: en.ui.app.surfaceNames.mail }));
}

export function guide() {
  return within(screen.getByRole('complementary', { name: en.ui.app.guideRegion }));
}

/** Waits until the guide shows `stepId`'s title as its heading. */
export async function atStep(stepId: keyof typeof en.steps) {
  return screen.findByRole('heading', { level: 2, name: en.steps[stepId].title });
}

type User = ReturnType<typeof userEvent.setup>;

/** Starts `journey` from the picker, with `whatIfs` switched on first under "Make it harder". */
export async function startJourney(
  user: User,
  journey: keyof typeof en.journeys,
  whatIfs: readonly (keyof typeof en.whatIfs)[] = [],
) {
  if (whatIfs.length > 0) {
    const card = within(screen.getByRole('article', { name: en.journeys[journey].title }));
    await user.click(card.getByText(en.ui.picker.whatIfHeading));
    for (const id of whatIfs) await user.click(await card.findByRole('checkbox', { name: en.whatIfs[id].label }));
  }
  await user.click(
    screen.getByRole('button', { name: en.ui.picker.startJourney.replace('{journey}', en.journeys[journey].title) }),
  );
}

/** From the picker to the registration form of the full set-up, through the sign-in page. */
export async function reachRegistration(user: User, email: string) {
  await startJourney(user, 'fullSetup');
  await atStep('signIn.email');
  const field = pc().getByLabelText(en.fields.email.label);
  await user.clear(field);
  await user.type(field, email);
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
  await atStep('signIn.userNotFound');
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.createAccount }));
  await atStep('register.form');
}
