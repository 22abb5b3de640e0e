/** The 24 official EU languages EU Login can write its e-mails in (ISO 639-1). */
export const EMAIL_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];

/**
 * ASSUMED: countries whose national eID can be linked through eIDAS. The sources say "about 19 member states"
 * without a list, so this one is an example; the rehearsal says so.
 */
export const EID_COUNTRIES = [
  'AT',
  'BE',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'HR',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'SE',
  'SI',
  'SK',
] as const;
export type EidCountry = (typeof EID_COUNTRIES)[number];

/** The sign-in methods in EU Login's "Choose your verification method" list. */
export const SIGN_IN_METHODS = ['password', 'appPin', 'appQr', 'securityKey'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export type KeyKind = 'securityKey' | 'trustedPlatform';

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
