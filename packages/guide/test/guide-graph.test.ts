import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { JOURNEY_IDS, STEPS, STEP_IDS } from '@eulogin-coach/machine/registry';
import {
  isEmailFormat,
  validateAppCredentials,
  validateDevice,
  validateNewPassword,
  validateNewPin,
  validateOtp,
  validateRegistration,
  validateResetRequest,
} from '@eulogin-coach/machine/rules';
import type { CoachEvent, CoachView, JourneyId, StepId } from '@eulogin-coach/machine';
import { GUIDE_PLACEHOLDERS } from '../src/index.js';
import type { GuideChoice } from '../src/index.js';
import { guidedSession } from './guided-session.js';

/**
 * The state of a guide-mode session, for the search: the step, whether the person is signed in (and how far),
 * which mail's link the task is about, the app's stage and whether the account has a phone. Everything else is left
 * out — Back's trail, typed values, issued codes, the position reached, the phone's switches, the account's other
 * details — so the search stays small: with all of it, the whole coach is reachable from every journey in too many
 * combinations to walk in a test.
 */
function serializeState(view: CoachView): string {
  const { auth, linkPurpose, phone, account } = view.data;
  return [view.stepId, auth, linkPurpose, phone.app, (account?.devices.length ?? 0) > 0].join('|');
}

interface Node {
  readonly journey: JourneyId;
  readonly run: readonly string[];
  readonly step: StepId;
  readonly next: Set<string>;
  readonly offered: readonly GuideChoice[];
}

/** Every state reachable by choices from any journey's start, with the choices between them (breadth first). */
async function explore(): Promise<Map<string, Node>> {
  const nodes = new Map<string, Node>();
  const queue: string[] = [];
  const visit = (key: string, node: Node) => {
    if (nodes.has(key)) return;
    nodes.set(key, node);
    queue.push(key);
  };
  for (const journey of JOURNEY_IDS) {
    const s = await guidedSession(journey);
    visit(serializeState(s.view()), { journey, run: [], step: s.step(), next: new Set(), offered: s.choices() });
    s.stop();
  }
  while (queue.length > 0) {
    if (nodes.size > 1500) throw new Error('More than 1500 states: is something growing in serializeState?');
    const node = nodes.get(queue.shift() as string) as Node;
    for (const choice of node.offered) {
      const s = await guidedSession(node.journey);
      for (const id of node.run) await s.choose(id);
      await s.choose(choice.id);
      const key = serializeState(s.view());
      node.next.add(key);
      visit(key, {
        journey: node.journey,
        run: [...node.run, choice.id],
        step: s.step(),
        next: new Set(),
        offered: s.choices(),
      });
      s.stop();
    }
  }
  if (process.env.GRAPH_DEBUG) console.log('states', nodes.size);
  return nodes;
}

let explored: Promise<Map<string, Node>> | null = null;
function graph(): Promise<Map<string, Node>> {
  explored ??= explore();
  return explored;
}

// The search starts a few thousand sessions: seconds on a quiet machine, more on a busy one.
const SEARCH_TIMEOUT_MS = 180_000;

describe('guide choices: the graph of every journey', () => {
  it(
    'from every state answers reach, answers lead on to the end of a journey',
    async () => {
      const nodes = await graph();
      // Backwards from the terminal steps: every state from which one can be reached.
      const ending = new Set([...nodes].filter(([, n]) => STEPS[n.step].terminal === true).map(([k]) => k));
      for (let grew = true; grew;) {
        grew = false;
        for (const [key, node] of nodes) {
          if (!ending.has(key) && [...node.next].some((k) => ending.has(k))) {
            ending.add(key);
            grew = true;
          }
        }
      }
      const stuck = [...nodes].filter(([k]) => !ending.has(k)).map(([, n]) => `${n.journey}: ${n.run.join(' → ')}`);
      expect(stuck).toEqual([]);
      // Every state offers something to answer: nobody is left without a way on.
      const empty = [...nodes.values()].filter((n) => n.offered.length === 0).map((n) => n.step);
      expect(empty).toEqual([]);
      // Every step of the coach is reached (the journey list is left by choosing a journey, not by an answer).
      const reached = new Set([...nodes.values()].map((n) => n.step));
      expect(STEP_IDS.filter((id) => id !== 'coach.journeys' && !reached.has(id))).toEqual([]);
    },
    SEARCH_TIMEOUT_MS,
  );

  it(
    'never sends a real password, PIN, code or address: only placeholders that pass the rules',
    async () => {
      const strings = new Set<string>();
      const collect = (value: unknown): void => {
        if (typeof value === 'string') strings.add(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      for (const node of (await graph()).values()) {
        for (const choice of node.offered) choice.events.forEach((e: CoachEvent) => collect(e));
      }
      const addresses = [...strings].filter((s) => s.includes('@'));
      expect(addresses).toEqual([GUIDE_PLACEHOLDERS.email]);
      expect(GUIDE_PLACEHOLDERS.email.endsWith('.invalid')).toBe(true);
      expect(isEmailFormat(GUIDE_PLACEHOLDERS.email)).toBe(true);
      const P = GUIDE_PLACEHOLDERS;
      const personal = { firstName: P.firstName, lastName: P.lastName, email: P.email };
      expect(
        validateNewPassword({ password: P.password, passwordConfirm: P.password }, DEFAULT_CONFIG, personal),
      ).toEqual([]);
      expect(validateDevice({ deviceName: P.label, pin: P.pin, pinConfirm: P.pin })).toEqual([]);
      expect(validateNewPin({ pin: P.pin, pinConfirm: P.pin })).toEqual([]);
      expect(validateOtp(P.otp)).toEqual([]);
      expect(validateResetRequest({ email: P.email, captcha: P.captcha })).toEqual([]);
      expect(validateAppCredentials({ email: P.email, password: P.password })).toEqual([]);
      expect(
        validateRegistration({
          firstName: P.firstName,
          lastName: P.lastName,
          email: P.email,
          emailConfirm: P.email,
          emailLanguage: 'en',
          captcha: P.captcha,
          privacy: true,
        }),
      ).toEqual([]);
    },
    SEARCH_TIMEOUT_MS,
  );
});
