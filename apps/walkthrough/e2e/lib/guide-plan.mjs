// The answers that take guide mode through a journey, worked out on the guide package's own coach (the search its
// tests use), with the button each answer is on the page: its text, and the group (the action it reports an
// outcome of) it sits in.
import { runnerImport } from 'vite';
import { en, runnerOptions } from './texts.mjs';

const root = new URL('../../../../', import.meta.url).pathname;
const [{ module: session }, { module: labels }] = await Promise.all([
  runnerImport(`${root}packages/guide/test/guided-session.ts`, runnerOptions),
  runnerImport(`${root}apps/walkthrough/src/guide-mode/guide-labels.ts`, runnerOptions),
]);

/** Each answer of `journey`'s run: the button's name, its group's name (or null) and the step it leads to. */
export async function plannedAnswers(journey) {
  const ids = await session.journeyByChoices(journey);
  const s = await session.guidedSession(journey);
  const planned = [];
  try {
    for (const id of ids) {
      const choice = await s.choose(id);
      planned.push({
        name: labels.choiceLabel(en, choice),
        group: labels.standsAlone(choice) ? null : labels.groupLegend(en, choice),
        then: s.step(),
      });
    }
  } finally {
    s.stop();
  }
  return planned;
}
