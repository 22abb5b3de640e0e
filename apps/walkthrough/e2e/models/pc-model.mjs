import { en, format, label, ui } from '../lib/texts.mjs';
import { Model } from './model.mjs';

/** The pretend PC: EU Login-like pages in a browser window. */
export class PcModel extends Model {
  get region() {
    return this.page.getByRole('region', { name: en.ui.app.surfaceNames.pc });
  }

  pageHeading(name) {
    return this.region.getByRole('heading', { level: 3, name, exact: true });
  }

  button(name) {
    return this.region.getByRole('button', { name, exact: true });
  }

  async press(name) {
    await this.button(name).click();
  }

  textbox(name) {
    return this.region.getByRole('textbox', { name, exact: true });
  }

  async type(name, value) {
    await this.textbox(name).fill(value);
  }

  /** The code shown in a captcha picture, from its text alternative. */
  async captcha() {
    const picture = this.region.getByRole('img', { name: ui.pc.register.captchaAlt });
    const name = await picture.getAttribute('aria-label');
    return name.slice(name.indexOf(':') + 1).replace(/\s+/g, '');
  }

  get qrImage() {
    return this.region.getByRole('img', { name: /QR/ });
  }

  async submitEmail(email) {
    await this.type(label('email'), email);
    await this.press(ui.pc.buttons.next);
  }

  async signIn(password, method) {
    await this.type(label('password'), password);
    // A drop-down, as on EU Login.
    await this.region
      .getByRole('combobox', { name: ui.pc.signIn.chooseMethod })
      .selectOption({ label: en.methods[method] });
    await this.press(ui.pc.buttons.signIn);
  }

  async register(persona) {
    const [firstName, lastName] = persona.name.split(' ');
    await this.type(label('firstName'), firstName);
    await this.type(label('lastName'), lastName);
    await this.type(label('email'), persona.email);
    await this.type(label('emailConfirm'), persona.email);
    await this.type(label('captcha'), await this.captcha());
    await this.region.getByRole('checkbox', { name: ui.pc.register.privacyCheckbox }).check();
    await this.press(ui.pc.buttons.createAccount);
  }

  async choosePassword(password) {
    await this.type(label('password'), password);
    await this.type(label('passwordConfirm'), password);
    await this.press(ui.pc.buttons.submit);
  }

  async requestReset(email) {
    await this.type(label('email'), email);
    await this.type(label('captcha'), await this.captcha());
    await this.press(ui.pc.buttons.getPassword);
  }

  async addDevice(name, pin) {
    await this.type(label('deviceName'), name);
    await this.type(label('pin'), pin);
    await this.type(label('pinConfirm'), pin);
    await this.press(ui.pc.buttons.submit);
  }

  async addKey(kind, name) {
    await this.region.getByRole('radio', { name: en.keyKinds[kind], exact: true }).check();
    await this.type(label('keyName'), name);
    await this.press(ui.pc.buttons.submit);
  }

  async chooseCountry(country) {
    await this.region.getByRole('combobox', { name: label('country') }).selectOption({ label: en.countries[country] });
    await this.press(ui.pc.buttons.submit);
  }

  /** The practice button of the browser's security-key dialog (headless Chromium has no authenticator). */
  async touchPracticeKey() {
    const dialog = this.region.getByRole('group', {
      name: format(ui.pc.keyPrompt.browserDialogTitle, { site: 'webgate.ec.europa.eu' }),
    });
    await dialog.getByRole('button', { name: ui.pc.keyPrompt.simulated }).click();
  }
}
