// Every text the tests look for, from the same source the app uses (packages/content, English), so a reworded
// sentence does not break a test. The TypeScript sources are loaded through Vite's module runner.
import { runnerImport } from 'vite';

const root = new URL('../../../../', import.meta.url).pathname;
const conditions = ['@eulogin-coach/source', 'module', 'node', 'import', 'default'];
// The runner's own environment ("inline") resolves the packages a module imports (content imports the machine's
// registries) with its own conditions: give it ours too, or it looks for the packages' unbuilt dist/.
export const runnerOptions = {
  configFile: false,
  root,
  logLevel: 'silent',
  resolve: { conditions },
  environments: { inline: { resolve: { conditions, externalConditions: conditions } } },
};
const [{ module: content }, { module: eager }, { module: machine }, { module: journeys }, { module: faq }] =
  await Promise.all([
    runnerImport(`${root}packages/content/src/index.ts`, runnerOptions),
    runnerImport(`${root}packages/content/src/eager.ts`, runnerOptions),
    runnerImport(`${root}packages/machine/src/index.ts`, runnerOptions),
    // The registries (a subpath of the package) and an internal helper the models use.
    runnerImport(`${root}packages/machine/src/registry/journeys.ts`, runnerOptions),
    runnerImport(`${root}packages/content/src/en/faq.en.ts`, runnerOptions),
  ]);

export const en = eager.defaultContent('en');
/** The French texts, for the spec that runs the app in French (every other spec reads English). */
export const fr = eager.defaultContent('fr');
/** The German texts, for the spec that switches the page to German. */
export const de = eager.defaultContent('de');
/** The FAQ in English: its questions and answers (the app downloads them with the other help texts). */
export const faqEn = faq.faqEn;
export const ui = en.ui;
/** What the page says when its own texts cannot be downloaded (bundled with the code, not downloaded). */
export const boot = content.BOOT_TEXTS.en;
export const format = content.format;
export const params = content.textParams(machine.DEFAULT_CONFIG);
export const JOURNEYS = journeys.JOURNEYS;
export const JOURNEY_IDS = journeys.JOURNEY_IDS;
export const pathIndexOf = journeys.pathIndexOf;

/** The guide's heading for a step. */
export const stepTitle = (stepId) => format(en.steps[stepId].title, params);
/** A field's visible label. */
export const label = (field) => en.fields[field].label;
/** "Step n of total". */
export const stepOf = (n, total) => format(ui.guide.stepOf, { n, total });

/** The English help texts (the FAQ and symptom index), as the help centre shows them. */
export const helpEn = (await runnerImport(`${root}packages/content/src/en/help.en.ts`, runnerOptions)).module.helpEn;
