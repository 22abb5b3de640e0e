import type { PasswordRule } from '../password-rule-status.js';

import { useContent } from '../../../i18n/content-context.js';
import { useFormat } from '../../../i18n/use-format.js';

const ORDER: readonly PasswordRule[] = ['length', 'upper', 'lower', 'digit', 'special', 'personal'];

/** The password rules under the field, each ticked as soon as what is typed meets it. */
export function PasswordChecklist({ id, met, min }: { id: string; met: Record<PasswordRule, boolean>; min: number }) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc.password;
  const state = content.ui.passwordChecklist;
  const text: Record<PasswordRule, string> = {
    length: format(ui.ruleLength, { min }),
    upper: ui.ruleUpper,
    lower: ui.ruleLower,
    digit: ui.ruleDigit,
    special: ui.ruleSpecial,
    personal: ui.rulePersonal,
  };
  return (
    <div className="password-checklist" id={id}>
      <p className="password-checklist__heading">{ui.rulesHeading}</p>
      <ul>
        {ORDER.map((rule) => (
          <li key={rule} className={met[rule] ? 'password-checklist__met' : undefined} data-rule={rule}>
            <span aria-hidden="true" className="password-checklist__mark">
              {met[rule] ? '✓' : '○'}
            </span>{' '}
            {text[rule]}
            <span className="sr-only"> ({met[rule] ? state.met : state.notMet})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
