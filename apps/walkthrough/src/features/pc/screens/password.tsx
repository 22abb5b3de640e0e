import { useId } from 'react';
import type { NewPasswordValues, ResetRequestValues } from '@eulogin-coach/react';
import { validateNewPassword, validateResetRequest } from '@eulogin-coach/machine/rules';

import { passwordRuleStatus } from '../password-rule-status.js';
import { PasswordChecklist } from './password-checklist.js';
import { Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

export function PasswordSet({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const rulesId = useId();
  const min = view.data.config.passwordMinLength;
  const personal = { ...view.values.register, email: view.data.email };
  const { values, setValues, errorFor } = useFormErrors<NewPasswordValues>(view, view.values.newPassword, (v) =>
    validateNewPassword(v, view.data.config, personal),
  );
  const submit = { type: 'user.submitNewPassword', values } as const;
  return (
    <Page heading={ui.password.heading}>
      <p>{format(ui.password.intro, { email: view.data.email })}</p>
      <PageForm label={ui.password.heading} view={view} event={submit}>
        <input type="email" hidden readOnly autoComplete="username" value={view.data.email} />
        <Field
          field="password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
          error={errorFor('password')}
          noHint
          describedBy={rulesId}
        />
        <PasswordChecklist id={rulesId} met={passwordRuleStatus(values.password, min, personal)} min={min} />
        <Field
          field="passwordConfirm"
          type="password"
          autoComplete="new-password"
          value={values.passwordConfirm}
          onValue={(passwordConfirm) => setValues({ ...values, passwordConfirm })}
          error={errorFor('passwordConfirm')}
        />
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.submit}
          </SubmitButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

export function ResetRequest({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const { values, setValues, errorFor } = useFormErrors<ResetRequestValues>(
    view,
    view.values.resetRequest,
    validateResetRequest,
  );
  const submit = { type: 'user.submitResetRequest', values } as const;
  const challenge = view.data.captcha?.challenge ?? '';
  return (
    <Page heading={ui.reset.heading}>
      <p>{ui.reset.intro}</p>
      <PageForm label={ui.reset.heading} view={view} event={submit}>
        <Field
          field="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onValue={(email) => setValues({ ...values, email })}
          error={errorFor('email')}
        />
        <div className="captcha">
          <div
            className="captcha__image"
            role="img"
            aria-label={`${ui.register.captchaAlt}: ${challenge.split('').join(' ')}`}
          >
            {challenge.split('').map((ch, i) => (
              <span key={i} style={{ transform: `rotate(${((i * 37) % 30) - 15}deg)` }} aria-hidden="true">
                {ch}
              </span>
            ))}
          </div>
          <StepButton view={view} event={{ type: 'user.refreshCaptcha', values }} variant="link">
            {ui.buttons.newCaptcha}
          </StepButton>
          <Field
            field="captcha"
            autoComplete="off"
            value={values.captcha}
            onValue={(captcha) => setValues({ ...values, captcha })}
            error={errorFor('captcha')}
          />
        </div>
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.getPassword}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.cancel' }} variant="link">
            {ui.buttons.cancel}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

export function ResetDone({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.reset.doneHeading}>
      <p>{ui.reset.done}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.continue' }} variant="primary">
          {ui.buttons.signIn}
        </StepButton>
      </Actions>
    </Page>
  );
}
