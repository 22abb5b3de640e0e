import type { SignInMethod } from '@eulogin-coach/react';
import { errorMessage } from '@eulogin-coach/content';
import { useId } from 'react';
import { Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateSignInEmail, validateSignInPassword } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import { useRehearsalNow } from '../../../effects/rehearsal-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

export function SignInEmail({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const {
    values: email,
    setValues: setEmail,
    errorFor,
  } = useFormErrors(view, view.values.signInEmail, validateSignInEmail);
  const submit = { type: 'user.submitEmail', email } as const;
  return (
    <Page heading={ui.signIn.heading}>
      {/* Only a website that sent the person here is named; someone who came to manage their account is told so. */}
      <p>
        {view.data.afterAuth === 'service'
          ? format(ui.signIn.intro, { service: ui.header.serviceName })
          : ui.signIn.introAccount}
      </p>
      <PageForm label={ui.signIn.heading} view={view} event={submit}>
        <Field
          field="email"
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
          error={errorFor('email')}
        />
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.next}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.createAccount' }} variant="link">
            {ui.buttons.createAccount}
          </StepButton>
          <StepButton view={view} event={{ type: 'user.signInWithEid' }} variant="link">
            {ui.buttons.signInWithEid}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

export function UserNotFound({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.signIn.userNotFoundHeading}>
      <p>{format(ui.signIn.userNotFound, { email: view.data.email })}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.createAccount' }} variant="primary">
          {ui.buttons.createAccount}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.useDifferentEmail' }}>
          {ui.buttons.differentEmail}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function SignInPassword({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const { values, setValues, errorFor } = useFormErrors(view, view.values.signIn, (v) =>
    validateSignInPassword(v.password),
  );
  const methodId = useId();
  const methodError = errorFor('method');
  // A drop-down always shows a method: the one sent is the one shown.
  const method = view.methods.includes(values.method) ? values.method : (view.methods[0] ?? values.method);
  const submit = { type: 'user.submitSignIn', password: values.password, method } as const;
  return (
    <Page heading={ui.signIn.passwordHeading}>
      <p className="eul-identity">
        {view.data.email}
        {/* EU Login marks a self-registered account so under the address. */}
        <span className="eul-identity__kind">{ui.header.external}</span>
      </p>
      <PageForm label={ui.signIn.passwordHeading} view={view} event={submit}>
        <Field
          field="password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
          error={errorFor('password')}
          noHint
        />
        <div className={methodError ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${methodId}-method`}>{ui.signIn.chooseMethod}</label>
          {/* A drop-down, as on EU Login (its real id is loginStrength). */}
          <select
            id={`${methodId}-method`}
            value={method}
            onChange={(e) => {
              const chosen = view.methods.find((m) => m === e.target.value);
              if (chosen) setValues({ ...values, method: chosen });
            }}
            aria-invalid={methodError ? true : undefined}
            aria-describedby={methodError ? `${methodId}-error` : undefined}
          >
            {view.methods.map((offered: SignInMethod) => (
              <option key={offered} value={offered}>
                {content.methods[offered]}
              </option>
            ))}
          </select>
          {methodError ? (
            <p className="field__error" id={`${methodId}-error`}>
              {errorMessage(content, methodError)}
            </p>
          ) : null}
        </div>
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.signIn}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.lostPassword' }} variant="link">
            {ui.buttons.lostPassword}
          </StepButton>
          <StepButton view={view} event={{ type: 'user.useDifferentEmail' }} variant="link">
            {ui.buttons.differentEmail}
          </StepButton>
          <StepButton view={view} event={{ type: 'user.lostPhone' }} variant="link">
            {ui.buttons.lostPhone}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

export function Locked({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const now = useRehearsalNow();
  const minutes = view.data.lockedUntil === null ? 0 : Math.round((view.data.lockedUntil - now) / 60_000);
  const text =
    view.data.lockedUntil === null || view.data.lockedUntil <= now
      ? ui.signIn.lockedOver
      : minutes <= 1
        ? ui.signIn.lockedAboutMinute
        : format(ui.signIn.locked, { minutes });
  return (
    <Page heading={ui.signIn.lockedHeading}>
      <p>{text}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="primary">
          {ui.buttons.tryAgain}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.lostPassword' }} variant="link">
          {ui.buttons.lostPassword}
        </StepButton>
      </Actions>
    </Page>
  );
}

/** The PC while the phone approves (or misses) a PIN sign-in request. */
export function PinWait({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const now = useRehearsalNow();
  const expiresAt = view.data.pinRequest?.expiresAt;
  const seconds = expiresAt ? Math.max(0, Math.ceil((expiresAt - now) / 1000)) : null;
  return (
    <Page heading={ui.pinWait.heading}>
      <p>{ui.pinWait.body}</p>
      <p className="eul-wait" aria-live="off">
        <span className="spinner" aria-hidden="true" />
        {seconds === null ? ui.pinWait.noRequest : format(ui.pinWait.waiting, { seconds })}
      </p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.chooseOtherMethod' }} variant="link">
          {ui.buttons.useOtherMethod}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.lostPhone' }} variant="link">
          {ui.buttons.lostPhone}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function Refused({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.signIn.refusedHeading}>
      <p>{ui.signIn.refused}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="primary">
          {ui.buttons.tryAgain}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function Expired({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.signIn.expiredHeading}>
      <p>{ui.signIn.expired}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="primary">
          {ui.buttons.tryAgain}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.chooseOtherMethod' }}>
          {ui.buttons.useOtherMethod}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function SignedIn({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.service.heading}>
      <p>{ui.signIn.done}</p>
      <p>{ui.service.body}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.continue' }}>
          {ui.buttons.myAccount}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.signOut' }} variant="link">
          {ui.buttons.signOut}
        </StepButton>
      </Actions>
    </Page>
  );
}
