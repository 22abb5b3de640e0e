import { Model } from './model.mjs';

/** The pretend phone: home screen, app store, OS prompts and the EU Login app. */
export class PhoneModel extends Model {
  get region() {
    return this.page.getByRole('region', { name: this.t.ui.app.surfaceNames.phone });
  }

  appHeading(name) {
    return this.region.getByRole('heading', { level: 3, name, exact: true });
  }

  button(name) {
    return this.region.getByRole('button', { name, exact: true });
  }

  async press(name) {
    await this.button(name).click();
  }

  /** Answers an operating-system permission prompt. */
  async permission(title, answer = this.t.ui.phone.permissions.allow) {
    await this.region.getByRole('group', { name: title }).getByRole('button', { name: answer, exact: true }).click();
  }

  async typePin(pin) {
    await this.region.getByRole('textbox', { name: this.label('pin'), exact: true }).fill(pin);
    await this.press(this.t.ui.phone.app.authenticate);
  }

  /**
   * Points the app's scanner at the PC: the app reads the QR code the PC draws. While the PC is still drawing it,
   * the app says there is none in view, and the person tries again once the PC shows it.
   */
  async scan() {
    const scanButton = this.button(this.t.ui.phone.app.scanNow);
    const nothing = this.region.getByRole('alert').filter({ hasText: this.t.ui.phone.app.noQrInView });
    for (let attempt = 0; attempt < 20; attempt++) {
      await scanButton.click();
      const outcome = await Promise.race([
        scanButton.waitFor({ state: 'detached' }).then(() => 'read'),
        nothing.waitFor().then(() => 'nothing'),
      ]);
      if (outcome === 'read') return;
      // Try again once the PC has drawn its QR code (the canvas says so), not after a guessed pause.
      await this.page.locator('canvas[data-qr-ready="true"]').first().waitFor();
    }
    throw new Error('the phone never found the QR code on the PC');
  }

  /** The one-time code the app shows after reading a sign-in QR code. */
  async oneTimeCode() {
    const code = this.region.getByLabel(this.t.ui.phone.app.otpHeading, { exact: true }).filter({ hasText: /\w/ });
    // The code is shown once in groups for the eye, and once more, spaced, for screen readers: read the first.
    return (await code.locator('span').first().textContent()).replace(/\s+/g, '');
  }
}
