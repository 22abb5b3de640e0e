import { intlTag } from '@eulogin-coach/content';
import type { Locale } from '@eulogin-coach/content';

/**
 * A time of day as hours and minutes, the way the phone's status bar and the mailbox's list show it. Both read the
 * rehearsal clock, so a mail that arrives after "Wait 10 minutes" bears the time the phone shows.
 */
export function clockTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { hour: 'numeric', minute: '2-digit' }).format(new Date(ms));
}
