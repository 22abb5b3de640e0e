import { StrictMode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { format } from '@eulogin-coach/content';
import { resolveContent } from '@eulogin-coach/content/eager';
import type { StepId } from '@eulogin-coach/react';
import { App } from '../src/App.js';
import { clockTime } from '../src/effects/clock-time.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import { atStep, en, mailbox, pc, reachRegistration, renderApp, startJourney } from './helpers.js';

const pt = resolveContent('pt');

function phone() {
  return within(screen.getByRole('region', { name: en.ui.app.surfaceNames.phone }));
}

function addressBar() {
  return pc().getByRole('status', { name: en.ui.pc.browser.addressBar });
}

function helpdesk() {
  return within(screen.getByRole('complementary', { name: en.ui.app.helpdeskRegion }));
}

/** Jumps to `stepId` with the helpdesk panel, as an agent would. */
async function jumpTo(user: UserEvent, stepId: StepId) {
  await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
  await user.selectOptions(await helpdesk().findByLabelText(en.ui.helpdesk.jumpLabel), stepId);
  await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.jumpButton }));
  await atStep(stepId);
}

/** From the sign-in page of the app + PIN journey to the phone's pending request. */
async function toPendingRequest(user: UserEvent, password: string) {
  await startJourney(user, 'signInAppPin');
  await atStep('signIn.email');
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
  await atStep('signIn.password');
  await user.type(pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' }), password);
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
  await atStep('signIn.appPin');
}

describe('the pretend screens, like the real EU Login', () => {
  it('shows EU Login’s real addresses, following the page: the mail’s link opens the password page', async () => {
    const { user, world } = await renderApp();
    const persona = world.persona;
    await reachRegistration(user, persona.email);
    expect(addressBar()).toHaveTextContent('https://webgate.ec.europa.eu/cas/eim/external/register.cgi');
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), persona.firstName);
    await user.type(form.getByLabelText(en.fields.lastName.label), persona.lastName);
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), persona.email);
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(form.getByLabelText(en.fields.captcha.label), answer);
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    await user.click(mailbox().getByRole('button', { name: /^Wait \d+ minutes?$/ }));
    await user.click(await mailbox().findByRole('button', { name: new RegExp(en.mails.confirmation.subject) }));
    expect(
      mailbox().getByText(/https:\/\/webgate\.ec\.europa\.eu\/cas\/init\/initialisePasswordLogin\.cgi/),
    ).toBeVisible();
    await user.click(mailbox().getByRole('button', { name: en.mails.confirmation.linkLabel }));
    await atStep('password.set');
    expect(addressBar()).toHaveTextContent('https://webgate.ec.europa.eu/cas/init/initialisePasswordLogin.cgi');
    expect(document.body).not.toHaveTextContent('ecas.simulated');
  });

  it('gives the mail and the phone the same clock, which jumps ahead when the person waits for the mail', async () => {
    const { user, world, rehearsal } = await renderApp();
    await reachRegistration(user, world.persona.email);
    const form = pc();
    await user.type(form.getByLabelText(en.fields.firstName.label), world.persona.firstName);
    await user.type(form.getByLabelText(en.fields.lastName.label), world.persona.lastName);
    await user.type(form.getByLabelText(en.fields.emailConfirm.label), world.persona.email);
    await user.type(
      form.getByLabelText(en.fields.captcha.label),
      Object.values(world.inspect().captchas).at(-1)?.answer ?? '',
    );
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    const before = rehearsal.clock.now();
    await user.click(mailbox().getByRole('button', { name: /^Wait \d+ minutes?$/ }));
    const item = await mailbox().findByRole('button', { name: new RegExp(en.mails.confirmation.subject) });
    const mail = world.mailbox(world.persona.email)[0];
    expect(mail?.receivedAt).toBeGreaterThan(before);
    expect(within(item).getByText(clockTime(mail?.receivedAt ?? 0, 'en'))).toBeInTheDocument();
    const phoneClock = phone().getByLabelText(en.ui.phone.frame.clock);
    await waitFor(() => expect(phoneClock).toHaveTextContent(clockTime(rehearsal.clock.now(), 'en')));
    // The skip moved the phone's clock past the mail's arrival, as a real phone's would be.
    expect(new Date(phoneClock.getAttribute('datetime') ?? '').getTime()).toBeGreaterThanOrEqual(
      mail?.receivedAt ?? Infinity,
    );
  });

  it('starts the e-mail language at the page’s language', async () => {
    const rehearsal = createRehearsal({ seed: 7 });
    await rehearsal.world.load();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <App rehearsal={rehearsal} locale="pt" />
      </StrictMode>,
    );
    await screen.findByRole('banner');
    await user.click(
      screen.getByRole('button', {
        name: pt.ui.picker.startJourney.replace('{journey}', pt.journeys.fullSetup.title),
      }),
    );
    await screen.findByRole('heading', { level: 2, name: pt.steps['signIn.email'].title });
    const bar = within(screen.getByRole('region', { name: pt.ui.app.surfaceNames.pc }));
    await user.click(bar.getByRole('button', { name: pt.ui.pc.buttons.next }));
    await user.click(await bar.findByRole('button', { name: pt.ui.pc.buttons.createAccount }));
    await screen.findByRole('heading', { level: 2, name: pt.steps['register.form'].title });
    expect(bar.getByLabelText(pt.fields.emailLanguage.label)).toHaveValue('pt');
  });

  it('asks "Was it you?" for a pending request, and "No, it was not me" refuses the sign-in', async () => {
    const { user, world } = await renderApp();
    await toPendingRequest(user, world.persona.password);
    expect(phone().getByText(format(en.ui.phone.app.pendingBody, { email: world.persona.email }))).toBeInTheDocument();
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.decline }));
    await atStep('signIn.refused');
    expect(pc().getByRole('heading', { name: en.ui.pc.signIn.refusedHeading })).toBeInTheDocument();
    expect(phone().getByText(en.ui.phone.app.refused)).toBeInTheDocument();
  });

  it('has the app’s settings gear, which opens its Settings with Forgot PIN code', async () => {
    const { user, world } = await renderApp();
    await toPendingRequest(user, world.persona.password);
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.settings }));
    await atStep('pin.settings');
    expect(phone().getByRole('heading', { name: en.ui.phone.app.settingsHeading })).toBeInTheDocument();
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.forgotPin }));
    await atStep('pin.credentials');
  });

  it('names the website when one sent the person to EU Login', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    expect(pc().getByText(format(en.ui.pc.signIn.intro, { service: en.ui.pc.header.serviceName }))).toBeInTheDocument();
  });

  it('names no website when the person came to EU Login itself, to manage their account', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'linkEid');
    await atStep('signIn.email');
    expect(pc().getByText(en.ui.pc.signIn.introAccount)).toBeInTheDocument();
    expect(pc().queryByText(format(en.ui.pc.signIn.intro, { service: en.ui.pc.header.serviceName }))).toBeNull();
  });
});

describe('the enrolment QR code', () => {
  it('is EU Login’s own unless the person chooses to practise with their own authenticator app', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await jumpTo(user, 'device.addForm');
    // The app names the page to open on the PC, and the PC is on it.
    expect(phone().getByText(new RegExp('https://webgate\\.ec\\.europa\\.eu/cas/mobile'))).toBeInTheDocument();
    expect(addressBar()).toHaveTextContent('https://webgate.ec.europa.eu/cas/mobile');
    await user.type(pc().getByLabelText(en.fields.deviceName.label), 'My phone');
    await user.type(pc().getByLabelText(en.fields.pin.label, { selector: 'input' }), world.persona.pin);
    await user.type(pc().getByLabelText(en.fields.pinConfirm.label, { selector: 'input' }), world.persona.pin);
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.submit }));
    await atStep('device.qrShown');

    const ownApp = pc().getByRole('checkbox', { name: en.ui.pc.qr.ownAuthenticator });
    expect(ownApp).not.toBeChecked();
    expect(pc().getByText(en.ui.pc.qr.euLoginOnly)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('otpauth');
    expect(pc().getByRole('img', { name: en.ui.pc.devices.qrAlt })).toHaveAccessibleDescription(
      expect.stringMatching(/^eulogin-enrol:v1:/),
    );

    await user.click(ownApp);
    expect(pc().getByText(en.ui.pc.qr.otpauthNote)).toBeInTheDocument();
    expect(pc().getByRole('img', { name: en.ui.pc.devices.qrAlt })).toHaveAccessibleDescription(
      expect.stringMatching(/^otpauth:\/\/totp\/EU%20Login%20\(practice\):/),
    );
    await user.click(ownApp);
    expect(document.body).not.toHaveTextContent('otpauth');
  });
});
