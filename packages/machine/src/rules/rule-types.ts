/** Every form field the coach validates. */
export type Field =
  | 'email'
  | 'emailConfirm'
  | 'firstName'
  | 'lastName'
  | 'emailLanguage'
  | 'captcha'
  | 'privacy'
  | 'password'
  | 'passwordConfirm'
  | 'method'
  | 'deviceName'
  | 'pin'
  | 'pinConfirm'
  | 'otp'
  | 'keyName'
  | 'country'
  | 'form';

/** Every reason a value can be refused. Texts live in the content package, keyed `field.rule`. */
export type Rule =
  | 'required'
  | 'format'
  | 'tooLong'
  | 'tooShort'
  | 'invalidCharacters'
  | 'mismatch'
  | 'missingUpper'
  | 'missingLower'
  | 'missingDigit'
  | 'missingSpecial'
  | 'containsPersonalData'
  | 'notDigits'
  | 'wrongLength'
  | 'mustAccept'
  | 'unsupported'
  | 'institution'
  | 'disposable'
  | 'alreadyRegistered'
  | 'wrong'
  | 'tooSoon'
  | 'notEnrolled'
  | 'notLinked'
  | 'mfaRequired'
  | 'accountRequiresMfa'
  | 'used'
  | 'expired'
  | 'cancelled'
  | 'tooManyAttempts'
  | 'unavailable';

export type RuleParams = Readonly<Record<string, number | string>>;

/** A refused value: which field, which rule, and numbers the message may quote (a minimum length, tries left). */
export interface FieldError {
  readonly field: Field;
  readonly rule: Rule;
  readonly params?: RuleParams;
}

export type RuleResult = { readonly ok: true } | ({ readonly ok: false } & FieldError);

export const OK: RuleResult = { ok: true };

export function fail(field: Field, rule: Rule, params?: RuleParams): RuleResult {
  return params ? { ok: false, field, rule, params } : { ok: false, field, rule };
}

/** The errors among `results`, at most one per field (the first rule that failed). */
export function collectErrors(results: readonly RuleResult[]): FieldError[] {
  const seen = new Set<Field>();
  const errors: FieldError[] = [];
  for (const r of results) {
    if (r.ok || seen.has(r.field)) continue;
    seen.add(r.field);
    errors.push(r.params ? { field: r.field, rule: r.rule, params: r.params } : { field: r.field, rule: r.rule });
  }
  return errors;
}
