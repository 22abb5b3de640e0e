/** EU institutions' domains: their staff get accounts from HR, so self-registration refuses them. */
export const INSTITUTION_DOMAINS: readonly string[] = ['europa.eu', 'eib.org', 'eif.org', 'ecb.int'];

/** A short list of throw-away mail services, enough to rehearse the refusal. */
export const DISPOSABLE_DOMAINS: readonly string[] = [
  'mailinator.com',
  'yopmail.com',
  '10minutemail.com',
  'guerrillamail.com',
  'temp-mail.org',
  'trashmail.com',
];

/** The key an address is filed under: trimmed and lower-cased, as EU Login compares addresses. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

function domainOf(email: string): string {
  const key = addressKey(email);
  return key.slice(key.lastIndexOf('@') + 1).replace(/\.$/, '');
}

function inDomains(email: string, domains: readonly string[]): boolean {
  const domain = domainOf(email);
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Whether the address belongs to an EU institution (the domain or any subdomain of it). */
export function isInstitutionEmail(email: string): boolean {
  return inDomains(email, INSTITUTION_DOMAINS);
}

export function isDisposableEmail(email: string): boolean {
  return inDomains(email, DISPOSABLE_DOMAINS);
}
