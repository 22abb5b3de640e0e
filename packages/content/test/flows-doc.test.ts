import { readFileSync, writeFileSync } from 'node:fs';
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, EFFECT_NAMES, createCoachLogic } from '@eulogin-coach/machine';
import { JOURNEYS, JOURNEY_IDS, STEPS, STEP_IDS, WHAT_IFS, whatIfsAt } from '@eulogin-coach/machine/registry';
import type { CoachConfig, CoachEffects, StepId } from '@eulogin-coach/machine';
import { defaultContent } from '../src/eager.js';

const en = defaultContent('en');

/**
 * docs/flows.md is generated from the machine and the English texts: every StepId with its surface, what can go
 * wrong there, the journeys through it, and a diagram per flow drawn from the statechart's own transitions.
 * Run `npm run docs` after changing a flow; this test fails while the file is out of date.
 */
/** The statechart, read for its structure only: its effects are never called. */
const coachMachine = createCoachLogic(
  Object.fromEntries(EFFECT_NAMES.map((name) => [name, () => new Promise(() => {})])) as unknown as CoachEffects,
);

const DOC = new URL('../../../docs/flows.md', import.meta.url);

function stepOfNode(node: AnyStateNode | undefined): StepId | undefined {
  for (let n = node; n; n = n.parent) {
    const stepId = (n.meta as { stepId?: StepId } | undefined)?.stepId;
    if (stepId) return stepId;
  }
  return undefined;
}

/** The steps a transition into `node` can land on: its own, its initial child's, or its eventless targets'. */
function landings(node: AnyStateNode, seen = new Set<AnyStateNode>()): StepId[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const own = (node.meta as { stepId?: StepId } | undefined)?.stepId;
  if (own) return [own];
  const initial = node.initial?.target?.[0];
  if (initial) return landings(initial, seen);
  const always = (node.always ?? []).flatMap((t) => (t.target ?? []).flatMap((n) => landings(n, seen)));
  if (always.length) return always;
  // A busy state between steps (an effect running): where its answers lead.
  return [...node.transitions]
    .filter(([type]) => type.startsWith('xstate.done.actor'))
    .flatMap(([, ts]) => ts.flatMap((t) => (t.target ?? []).flatMap((n) => landings(n, seen))));
}

/** The steps a node's own transitions leave from: its step, or every step below it (a compound without one). */
function sources(node: AnyStateNode): StepId[] {
  const own = stepOfNode(node);
  if (own) return [own];
  const below: StepId[] = [];
  const walk = (n: AnyStateNode) => {
    const id = (n.meta as { stepId?: StepId } | undefined)?.stepId;
    if (id) below.push(id);
    else Object.values(n.states).forEach(walk);
  };
  Object.values(node.states).forEach(walk);
  return below;
}

function eventLabel(type: string): string {
  if (type.startsWith('xstate.done.actor')) return 'answer';
  if (type.startsWith('xstate.error.actor')) return 'unavailable';
  if (type.startsWith('xstate.after')) return 'time out';
  return type;
}

function edges(): Map<StepId, Map<StepId, Set<string>>> {
  const out = new Map<StepId, Map<StepId, Set<string>>>();
  const visit = (node: AnyStateNode) => {
    for (const from of node === coachMachine.root ? [] : sources(node)) {
      for (const [type, transitions] of node.transitions) {
        for (const t of transitions) {
          for (const target of t.target ?? []) {
            for (const to of landings(target)) {
              if (to === from) continue;
              const row = out.get(from) ?? new Map<StepId, Set<string>>();
              row.set(to, (row.get(to) ?? new Set<string>()).add(eventLabel(type)));
              out.set(from, row);
            }
          }
        }
      }
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(coachMachine.root);
  return out;
}

const id = (s: string) => s.replace('.', '_');

const ASSUMED = 'assumed: EU Login publishes no figure';
const link = (title: string, url: string) => `[${title}](${url})`;
const ACCOUNT_HELP = link(
  'EU Login help: create an account',
  'https://trusted-digital-identity.europa.eu/creating-managing-and-using-your-eu-login-account/how-do-i-create-my-eu-login-account_en',
);

/** Where each default of `CoachConfig` comes from (the research's sources), or that it is assumed. */
const NUMBER_SOURCES: Readonly<Record<keyof CoachConfig, string>> = {
  passwordMinLength: ACCOUNT_HELP,
  maxPasswordAttempts: ASSUMED,
  lockoutMs: ASSUMED,
  maxPinAttempts: ASSUMED,
  maxOtpAttempts: ASSUMED,
  enrolmentQrTtlMs: ASSUMED,
  pinRequestTtlMs: ASSUMED,
  qrChallengeTtlMs: ASSUMED,
  linkTtlMs: ASSUMED,
  maxMailDelayMs: link(
    'EU Login help: reset e-mail not received',
    'https://trusted-digital-identity.europa.eu/eu-login-help/i-tried-reset-my-password-i-have-not-received-confirmation-email-reset-it-what-can-i-do_en',
  ),
  passwordChangeIntervalMs: link(
    'a national registry’s EU Login FAQ (Polish)',
    'https://www.kobize.pl/pl/faqCategory/id/13/eu-login-system-uwierzytelniania-komisji-europejskiej-dawniej-ecas',
  ),
  multiAccount: `${link('EC Digital Building Blocks: 2FA with the app', 'https://ec.europa.eu/digital-building-blocks/sites/x/XYGHKg')} (one account per device; newer EU Login help pages describe several accounts in one app, hence the setting)`,
  serviceRequiresMfa:
    'a setting of the website being signed in to, not of EU Login: `true` rehearses a website that asks for a second factor',
  features:
    'a setting of the portal embedding the coach, not of EU Login: `{ eid: false }` switches the eID journeys, page and sign-in off (also `securityKey`, `appQr`)',
};

function render(): string {
  const graph = edges();
  const flows = [...new Set(STEP_IDS.map((s) => STEPS[s].flow))];
  const lines: string[] = [
    '# Flows and steps',
    '',
    '<!-- Generated from packages/machine and packages/content by `npm run docs`. Do not edit by hand. -->',
    '',
    'Every state a person can be in has a **StepId** (`flow.step`). This page lists them in order, with the',
    'surface the person acts on, what can go wrong there (what-ifs), and the journeys that pass through.',
    'Numbers marked *assumed* are not published by EU Login; they are defaults in `CoachConfig` (see below).',
    '',
    '## Journeys',
    '',
    '| Journey | Steps on the happy path |',
    '|---|---|',
    ...JOURNEY_IDS.map(
      (j) => `| **${en.journeys[j].title}** (\`${j}\`) | ${JOURNEYS[j].path.map((s) => `\`${s}\``).join(' → ')} |`,
    ),
    '',
    '## Steps',
    '',
  ];
  for (const flow of flows) {
    const steps = STEP_IDS.filter((s) => STEPS[s].flow === flow);
    lines.push(`### ${en.flows[flow]} (\`${flow}\`)`, '');
    lines.push('```mermaid', 'stateDiagram-v2');
    for (const s of steps) {
      for (const [to, events] of graph.get(s) ?? []) {
        lines.push(`  ${id(s)} --> ${id(to)}: ${[...events].sort().join(', ')}`);
      }
    }
    lines.push('```', '');
    lines.push('| StepId | Title | Surface | What can go wrong | Journeys |', '|---|---|---|---|---|');
    for (const s of steps) {
      const whatIfs = whatIfsAt(s)
        .map((w) => `${en.whatIfs[w.id].label} (\`${w.id}\` → \`${WHAT_IFS[w.id].at[s]}\`)`)
        .join('<br>');
      const journeys = JOURNEY_IDS.filter((j) => JOURNEYS[j].path.includes(s)).join(', ');
      const resume = STEPS[s].resumeAt ? ` (resumes at \`${STEPS[s].resumeAt}\`)` : '';
      lines.push(
        `| \`${s}\`${resume} | ${en.steps[s].title} | ${STEPS[s].surface} | ${whatIfs || '—'} | ${journeys || '—'} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Numbers', '', '| Setting | Default | Source |', '|---|---|---|');
  for (const [key, value] of Object.entries(DEFAULT_CONFIG)) {
    lines.push(
      `| \`${key}\` | ${typeof value === 'object' ? 'all on' : String(value)} | ${NUMBER_SOURCES[key as keyof CoachConfig]} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

describe('docs/flows.md', () => {
  it('is current with the machine, the registry and the English texts', () => {
    const text = render();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
  });
});
