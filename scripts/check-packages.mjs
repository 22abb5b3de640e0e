#!/usr/bin/env node
// The packages as an embedder outside this repository gets them: built to dist/ (`npm run build:packages`) and
// imported by plain Node through their package.json `exports`, without the `@eulogin-coach/source` condition the
// workspace uses. Walks the first steps of a journey with the simulated world and loads a language's texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SimulatedClock, createActor, waitFor } from 'xstate';
import { STEP_IDS } from '@eulogin-coach/machine/registry';
import { connect, createCoachLogic } from '@eulogin-coach/machine';
import { decodeShareCode, encodeShareCode, toSavedProgress } from '@eulogin-coach/machine/persist';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import { createGuideEffects } from '@eulogin-coach/guide';
import { LOCALES, loadContent, loadMails, loadStepTexts, textParams, format } from '@eulogin-coach/content';
import { CoachProvider, useCoachSelector } from '@eulogin-coach/react';
import { watchLifecycle } from '@eulogin-coach/lifecycle';

const resolved = import.meta.resolve('@eulogin-coach/machine');
assert.match(resolved, /\/packages\/machine\/dist\/index\.js$/, `the machine resolved to ${resolved}, not its build`);
for (const sub of ['registry', 'rules', 'persist']) {
  const at = import.meta.resolve(`@eulogin-coach/machine/${sub}`);
  assert.match(at, new RegExp(`/packages/machine/dist/${sub}/index\\.js$`), `/${sub} resolved to ${at}`);
}
// The peer ranges are the tested ones: the xstate and @xstate/react installed here (and tested) satisfy them.
const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
for (const [pkg, dep] of [
  ['machine', 'xstate'],
  ['react', 'xstate'],
  ['react', '@xstate/react'],
  ['lifecycle', 'xstate'],
]) {
  const range = readJson(`../packages/${pkg}/package.json`).peerDependencies[dep];
  const installed = readJson(`../node_modules/${dep}/package.json`).version;
  const [major, minor, patch] = installed.split('.').map(Number);
  const [rMajor, rMinor, rPatch] = range.replace(/^\^/, '').split('.').map(Number);
  const atLeast = minor > rMinor || (minor === rMinor && patch >= rPatch);
  assert.ok(range.startsWith('^') && major === rMajor && atLeast, `${dep} ${installed} is outside ${pkg}'s ${range}`);
}

const clock = new SimulatedClock();
const world = createSimulatedWorld({ clock, seed: 7 });
const coach = createActor(createCoachLogic(world.effects), { clock, input: { config: world.config } }).start();
// The opt-in lifecycle package, on the same built machine as the coach (its peer): it hears the journey's first step.
const heard = [];
const stopWatching = watchLifecycle(coach, (event) => heard.push(event));
coach.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
const atEmail = await waitFor(coach, (s) => connect(s, coach.send).stepId === 'signIn.email');
stopWatching();
assert.deepEqual(heard.at(-1), { type: 'step.entered', stepId: 'signIn.email', journey: 'signInAppPin' });
const view = connect(atEmail, coach.send);
assert.equal(view.progress?.current, 1);
const code = encodeShareCode(toSavedProgress(atEmail));
assert.equal(decodeShareCode(code).ok, true);

const [pt, mails] = await Promise.all([loadContent('pt'), loadMails('fr')]);
assert.ok(format(pt.steps['signIn.email'].body, textParams(world.config)).length > 0);
assert.ok(mails.confirmation.subject.length > 0);
assert.equal(
  STEP_IDS.every((id) => typeof pt.steps[id]?.title === 'string'),
  true,
);

// Each language's parts are subpaths of their own (`@eulogin-coach/content/steps/pt`), the same objects the loaders give.
for (const locale of LOCALES) {
  const { stepsPart } = await import(`@eulogin-coach/content/steps/${locale}`);
  assert.equal(stepsPart, await loadStepTexts(locale), `steps/${locale} is not what loadStepTexts('${locale}') gives`);
  for (const [part, name] of [
    ['walkthrough', 'walkthroughPart'],
    ['helpdesk', 'helpdeskPart'],
    ['help-centre', 'helpCentrePart'],
  ]) {
    const module = await import(`@eulogin-coach/content/${part}/${locale}`);
    assert.equal(typeof module[name], 'object', `${part}/${locale} exports no ${name}`);
  }
}

const guide = createGuideEffects({ now: () => clock.now() });
assert.equal(typeof guide.answer, 'function');
assert.equal(typeof CoachProvider, 'function');
assert.equal(typeof useCoachSelector, 'function');
coach.stop();
console.log('The built packages load and run in plain Node.');
