import { format } from '../lib/texts.mjs';
import { Model, literal } from './model.mjs';

/** The pretend PC: EU Login-like pages in a browser window. */
export class PcModel extends Model {
  get region() {
    return this.page.getByRole('region', { name: this.t.ui.app.surfaceNames.pc });
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
    const picture = this.region.getByRole('img', { name: this.t.ui.pc.register.captchaAlt });
    const name = await picture.getAttribute('aria-label');
    // "<alt>: A B 3 …": the code follows the picture's description.
    return name.slice(this.t.ui.pc.register.captchaAlt.length + 1).replace(/\s+/g, '');
  }

  get qrImage() {
    const { qr, devices } = this.t.ui.pc;
    return this.region.getByRole('img', {
      name: new RegExp(`${literal(qr.qrAlt).source}|${literal(devices.qrAlt).source}`),
    });
  }

  async submitEmail(email) {
    await this.type(this.label('email'), email);
    await this.press(this.t.ui.pc.buttons.next);
  }

  async signIn(password, method) {
    await this.type(this.label('password'), password);
    // A drop-down, as on EU Login.
    await this.region
      .getByRole('combobox', { name: this.t.ui.pc.signIn.chooseMethod })
      .selectOption({ label: this.t.methods[method] });
    await this.press(this.t.ui.pc.buttons.signIn);
  }

  async register(persona) {
    const [firstName, lastName] = persona.name.split(' ');
    await this.type(this.label('firstName'), firstName);
    await this.type(this.label('lastName'), lastName);
    await this.type(this.label('email'), persona.email);
    await this.type(this.label('emailConfirm'), persona.email);
    await this.type(this.label('captcha'), await this.captcha());
    await this.region.getByRole('checkbox', { name: this.t.ui.pc.register.privacyCheckbox }).check();
    await this.press(this.t.ui.pc.buttons.createAccount);
  }

  async choosePassword(password) {
    await this.type(this.label('password'), password);
    await this.type(this.label('passwordConfirm'), password);
    await this.press(this.t.ui.pc.buttons.submit);
  }

  async requestReset(email) {
    await this.type(this.label('email'), email);
    await this.type(this.label('captcha'), await this.captcha());
    await this.press(this.t.ui.pc.buttons.getPassword);
  }

  async addDevice(name, pin) {
    await this.type(this.label('deviceName'), name);
    await this.type(this.label('pin'), pin);
    await this.type(this.label('pinConfirm'), pin);
    await this.press(this.t.ui.pc.buttons.submit);
  }

  async addKey(kind, name) {
    await this.region.getByRole('radio', { name: this.t.keyKinds[kind], exact: true }).check();
    await this.type(this.label('keyName'), name);
    await this.press(this.t.ui.pc.buttons.submit);
  }

  async chooseCountry(country) {
    await this.region
      .getByRole('combobox', { name: this.label('country') })
      .selectOption({ label: this.t.countries[country] });
    await this.press(this.t.ui.pc.buttons.submit);
  }

  /** The practice button of the browser's security-key dialog (headless Chromium has no authenticator). */
  async touchPracticeKey() {
    const dialog = this.region.getByRole('group', {
      name: format(this.t.ui.pc.keyPrompt.browserDialogTitle, { site: 'webgate.ec.europa.eu' }),
    });
    await dialog.getByRole('button', { name: this.t.ui.pc.keyPrompt.simulated }).click();
  }
}
