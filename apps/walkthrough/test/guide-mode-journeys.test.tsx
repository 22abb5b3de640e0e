import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEYS, JOURNEY_IDS } from '@eulogin-coach/machine/registry';
import { en } from './helpers.js';
import {
  atGuideStep,
  clickChoice,
  expectNoInputs,
  plannedRun,
  renderGuideMode,
  startGuideJourney,
} from './guide-mode-helpers.js';

describe('guide mode: every journey by answers alone', () => {
  it.each(JOURNEY_IDS)(
    '%s: answer buttons lead from the start to the end, with nothing to type on any step',
    async (journey) => {
      const planned = await plannedRun(journey);
      const { user, container } = await renderGuideMode();
      await startGuideJourney(user, journey);
      const path = JOURNEYS[journey].path;
      let heading = await atGuideStep(path[0] ?? 'signIn.email');
      for (const { choice, then } of planned) {
        expectNoInputs(container.querySelector('main') as HTMLElement);
        await clickChoice(user, choice);
        heading = await atGuideStep(then);
        // Focus moves to the new step's heading after each answer.
        await waitFor(() => expect(heading).toHaveFocus());
      }
      expect(heading).toHaveTextContent(en.steps[path[path.length - 1] ?? 'signIn.done'].title);
      expect(
        screen.getByText(
          en.ui.guide.stepOf.replace('{n}', String(path.length)).replace('{total}', String(path.length)),
        ),
      ).toBeInTheDocument();
      expectNoInputs(container.querySelector('main') as HTMLElement);
    },
    120_000,
  );
});
