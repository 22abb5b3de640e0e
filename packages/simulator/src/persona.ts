import type { CoachConfig, EmailLanguage } from '@eulogin-coach/machine';
import { checkEmail, checkPassword, checkPin } from '@eulogin-coach/machine/rules';
import { SimulatorError } from './simulator-error.js';

/** The rehearsing person: what the walkthrough shows so they know what to type. */
export interface Persona {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly password: string;
  /** The PIN of the EU Login app on their phone. */
  readonly pin: string;
  /** The language EU Login writes their e-mails in. */
  readonly emailLanguage: EmailLanguage;
}

export const DEFAULT_PERSONA: Persona = {
  email: 'alex.rehearsal@example.org',
  firstName: 'Alex',
  lastName: 'Rehearsal',
  password: 'Practise-2FA-now',
  pin: '2468',
  emailLanguage: 'en',
};

/** The default persona with `overrides`, refused if its password, PIN or address would fail EU Login's rules. */
export function resolvePersona(overrides: Partial<Persona>, config: CoachConfig): Persona {
  const persona = { ...DEFAULT_PERSONA, ...overrides };
  const results = [
    checkEmail(persona.email),
    checkPassword(persona.password, config.passwordMinLength, persona),
    checkPin(persona.pin),
  ];
  for (const r of results) if (!r.ok) throw new SimulatorError('invalidPersona', { field: r.field, rule: r.rule });
  return persona;
}
