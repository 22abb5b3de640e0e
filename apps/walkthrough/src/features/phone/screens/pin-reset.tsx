import type { AppCredentialValues, NewPinValues } from '@eulogin-coach/react';
import { CoachForm } from '../../../components/coach-form.js';
import { CODE_INPUT, Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateAppCredentials, validateNewPin } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { AppScreen } from './app-frame.js';

export function AppSettings({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.settingsHeading}>
      <ul className="settings-list">
        <li>
          <StepButton view={view} event={{ type: 'phone.forgotPin' }} variant="link">
            {ui.forgotPin}
          </StepButton>
        </li>
        <li className="phone-muted">{ui.biometrics}</li>
        <li className="phone-muted">{ui.unlinkDevice}</li>
        <li className="phone-muted">{ui.about}</li>
      </ul>
    </AppScreen>
  );
}

export function Credentials({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  const { values, setValues, errorFor } = useFormErrors<AppCredentialValues>(
    view,
    view.values.appCredentials,
    validateAppCredentials,
  );
  const submit = { type: 'phone.submitCredentials', values } as const;
  return (
    <AppScreen title={ui.credentialsHeading}>
      <p>{ui.credentialsIntro}</p>
      <CoachForm view={view} event={submit}>
        <Field
          field="email"
          type="email"
          autoComplete="username"
          value={values.email}
          onValue={(email) => setValues({ ...values, email })}
          error={errorFor('email')}
        />
        <Field
          field="password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
          error={errorFor('password')}
          noHint
        />
        <FormError view={view} />
        <SubmitButton view={view} event={submit}>
          {ui.next}
        </SubmitButton>
      </CoachForm>
      <StepButton view={view} event={{ type: 'user.cancel' }} variant="link">
        {content.ui.common.close}
      </StepButton>
    </AppScreen>
  );
}

export function NewPin({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  const { values, setValues, errorFor } = useFormErrors<NewPinValues>(view, view.values.newPin, validateNewPin);
  const submit = { type: 'phone.submitNewPin', values } as const;
  return (
    <AppScreen title={ui.newPinHeading}>
      <p>{ui.newPinIntro}</p>
      <CoachForm view={view} event={submit}>
        <Field
          field="pin"
          type="password"
          {...CODE_INPUT}
          autoComplete="new-password"
          value={values.pin}
          onValue={(pin) => setValues({ ...values, pin })}
          error={errorFor('pin')}
        />
        <Field
          field="pinConfirm"
          label={ui.confirmPinLabel}
          type="password"
          {...CODE_INPUT}
          autoComplete="new-password"
          value={values.pinConfirm}
          onValue={(pinConfirm) => setValues({ ...values, pinConfirm })}
          error={errorFor('pinConfirm')}
        />
        <FormError view={view} />
        <SubmitButton view={view} event={submit}>
          {ui.continue}
        </SubmitButton>
      </CoachForm>
    </AppScreen>
  );
}

export function PinChanged({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.pinChangedHeading}>
      <p>{ui.pinChanged}</p>
      <StepButton view={view} event={{ type: 'phone.continue' }} variant="primary">
        {ui.continue}
      </StepButton>
    </AppScreen>
  );
}
