import { StrictMode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { GuideChoice } from '@eulogin-coach/guide';
import type { JourneyId, StepId } from '@eulogin-coach/react';
import { App } from '../src/App.js';
import { choiceLabel, groupLegend, standsAlone } from '../src/guide-mode/guide-labels.js';
import { guidedSession, journeyByChoices } from '../../../packages/guide/test/guided-session.js';
import { en } from './helpers.js';

export type User = ReturnType<typeof userEvent.setup>;

/** The app in StrictMode, opened in guide mode through its address, in English. */
export async function renderGuideMode() {
  window.history.replaceState(null, '', '/?mode=guide');
  const user = userEvent.setup();
  const result = render(
    <StrictMode>
      <App locale="en" />
    </StrictMode>,
  );
  await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading }, { timeout: 10_000 });
  return { ...result, user };
}

/** The region of the step on screen. */
export function stepPanel() {
  return screen.getByRole('region', { name: (name) => name.length > 0 && isStepTitle(name) });
}

function isStepTitle(name: string): boolean {
  return Object.values(en.steps).some((s) => s.title === name);
}

/** Waits until guide mode shows `stepId` with its answers. */
export async function atGuideStep(stepId: StepId) {
  const heading = await screen.findByRole('heading', { level: 2, name: en.steps[stepId].title }, { timeout: 10_000 });
  await screen.findByRole('heading', { level: 3, name: en.guideMode.whatHappened });
  await waitFor(() => expect(screen.queryByText(en.guideMode.working)).not.toBeInTheDocument());
  return heading;
}

export async function startGuideJourney(user: User, journey: JourneyId) {
  await user.click(
    screen.getByRole('button', { name: en.ui.picker.startJourney.replace('{journey}', en.journeys[journey].title) }),
  );
}

/** Clicks the button for `choice`, by its role and name (inside its action's group when it reports an outcome). */
export async function clickChoice(user: User, choice: GuideChoice) {
  const name = choiceLabel(en, choice);
  const scope = !standsAlone(choice) ? within(screen.getByRole('group', { name: groupLegend(en, choice) })) : screen;
  await user.click(scope.getByRole('button', { name }));
}

/** A journey's run of choices with the step after each, worked out on the guide package's own coach. */
export async function plannedRun(journey: JourneyId): Promise<{ choice: GuideChoice; then: StepId }[]> {
  const ids = await journeyByChoices(journey);
  const s = await guidedSession(journey);
  const planned: { choice: GuideChoice; then: StepId }[] = [];
  for (const id of ids) {
    const choice = await s.choose(id);
    planned.push({ choice, then: s.step() });
  }
  s.stop();
  return planned;
}

/** Asserts the step on screen has no field to type in: no text, password, number or e-mail input, nothing at all. */
export function expectNoInputs(container: HTMLElement) {
  expect(within(container).queryAllByRole('textbox')).toEqual([]);
  expect(within(container).queryAllByRole('spinbutton')).toEqual([]);
  expect(container.querySelectorAll('input, textarea, select, [contenteditable="true"]')).toHaveLength(0);
}
