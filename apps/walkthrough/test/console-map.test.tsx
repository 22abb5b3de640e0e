import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { format } from '@eulogin-coach/content';
import { JOURNEYS, WHAT_IFS } from '@eulogin-coach/machine/registry';
import { journeyMap } from '../src/features/console/journey-map-model.js';
import { en } from './helpers.js';
import { chooseJourney, consoleAt, renderConsole } from './console-helpers.js';

const texts = en.console.map;

async function map() {
  const list = await screen.findByRole('list', { name: texts.textAlternative });
  return within(list);
}

describe('the journey map', () => {
  it('is made from the registry: the journey path in order, with the what-ifs that branch off each step', () => {
    const nodes = journeyMap('fullSetup', 1, 'register.form', new Set());
    expect(nodes.map((n) => n.stepId)).toEqual(JOURNEYS.fullSetup.path);
    expect(nodes.slice(0, 4).map((n) => n.state)).toEqual(['done', 'current', 'next', 'later']);
    const form = nodes[1];
    expect(form?.branches.map((b) => b.whatIf)).toContain('emailAlreadyRegistered');
    for (const b of form?.branches ?? []) expect(WHAT_IFS[b.whatIf].at['register.form']).toBe(b.to);
    // A what-if that keeps the caller on the same step is not a side path.
    expect(form?.branches.every((b) => b.to !== 'register.form')).toBe(true);
  });

  it('lists the steps marked done, current and next, and is operated by the keyboard alone', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    let nodes = await map();
    const first = nodes.getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(`${en.steps['signIn.email'].title}${texts.current}`);
    // One tab stop for the whole map, on the current step.
    const stops = nodes.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(stops).toHaveLength(1);
    expect(stops[0]).toHaveAccessibleName(`${en.steps['signIn.email'].title}, ${texts.current}`);
    expect(stops[0]).toHaveAttribute('aria-current', 'step');
    // A step a jump cannot show again (the QR code) says where a jump to it lands, as the search does.
    const qr = nodes.getByRole('button', {
      name: `${en.steps['device.qrShown'].title}, ${format(texts.landsAt, { step: en.steps['device.addForm'].title })}`,
    });
    expect(qr).toHaveTextContent(format(texts.landsAt, { step: en.steps['device.addForm'].title }));

    // Arrows move along the map (the tab stop follows), Home and End go to its ends, Enter or Space jumps.
    stops[0]?.focus();
    // Below the step, its side path (a typed address with no account), then the next step.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent(`${en.steps['signIn.userNotFound'].title}`);
    await user.keyboard('{ArrowDown}');
    const second = nodes.getByRole('button', { name: `${en.steps['register.form'].title}, ${texts.next}` });
    expect(second).toHaveFocus();
    expect(second.tabIndex).toBe(0);
    await user.keyboard('{End}{Home}{ArrowDown}{ArrowDown}{Enter}');
    await consoleAt('register.form');

    nodes = await map();
    const items = nodes.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(texts.done);
    expect(nodes.getByRole('button', { name: `${en.steps['register.form'].title}, ${texts.current}` })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(
      nodes.getByRole('button', { name: `${en.steps['register.mailSent'].title}, ${texts.next}` }),
    ).toBeInTheDocument();

    // A side path: the address is already registered leads to the password reset.
    const branch = nodes.getByRole('button', {
      name: `${en.whatIfs.emailAlreadyRegistered.label} → ${en.steps['passwordReset.request'].title}`,
    });
    branch.focus();
    await user.keyboard(' ');
    await consoleAt('passwordReset.request');
  });
});
