import { Model, literal, template } from './model.mjs';

/** The person's mailbox: Inbox and Spam folders, mails and their links. */
export class MailboxModel extends Model {
  get region() {
    return this.page.getByRole('region', { name: this.t.ui.app.surfaceNames.mail });
  }

  folder(name) {
    return this.region.getByRole('navigation', { name: this.t.ui.mailbox.folders }).getByRole('button', {
      name: new RegExp(`^${literal(name).source} \\(\\d+\\)$`),
    });
  }

  /** "Wait N minutes", or "Wait 1 minute" when the next mail is that close. */
  get waitButton() {
    const wait = new RegExp(
      `${template(this.t.ui.mailbox.wait).source}|^${literal(this.t.ui.mailbox.waitOneMinute).source}$`,
    );
    return this.region.getByRole('button', { name: wait });
  }

  mail(kind) {
    return this.region.getByRole('button', { name: this.t.mails[kind].subject });
  }

  /** Opens `folder` and waits for the mail of `kind` to arrive there, skipping ahead in time when it is late. */
  async findMail(kind, folder = this.t.ui.mailbox.inbox) {
    const item = this.mail(kind);
    await this.until(async () => {
      if ((await this.folder(folder).getAttribute('aria-pressed')) !== 'true') await this.folder(folder).click();
      if (await item.isVisible()) return true;
      if (await this.waitButton.isVisible()) await this.waitButton.click();
      return false;
    }, `no "${this.t.mails[kind].subject}" mail in ${folder}`);
    return item;
  }

  async open(kind, folder = this.t.ui.mailbox.inbox) {
    await (await this.findMail(kind, folder)).click();
  }

  /** Opens the mail and follows its link. */
  async followLink(kind, folder = this.t.ui.mailbox.inbox) {
    await this.open(kind, folder);
    await this.followOpenLink(kind);
  }

  /** Follows the link of the mail that is open. */
  async followOpenLink(kind) {
    await this.region.getByRole('button', { name: this.t.mails[kind].linkLabel, exact: true }).click();
  }
}
