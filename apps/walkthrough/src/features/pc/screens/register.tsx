import { useId } from 'react';
import { EMAIL_LANGUAGES } from '@eulogin-coach/machine/registry';
import type { RegistrationValues } from '@eulogin-coach/react';
import { errorMessage } from '@eulogin-coach/content';
import { Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateRegistration } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

export function RegisterForm({ view }: ScreenProps) {
  const { content, locale } = useContent();
  const ui = content.ui.pc;
  const id = useId();
  const source = view.values.register;
  // A form not yet filled in starts with the e-mail language set to the page's language (the person can change it).
  const { values, setValues, errorFor } = useFormErrors<RegistrationValues>(
    view,
    source,
    validateRegistration,
    isBlank(source) && isOneOf(EMAIL_LANGUAGES, locale) ? { ...source, emailLanguage: locale } : source,
  );
  const set = (patch: Partial<RegistrationValues>) => setValues({ ...values, ...patch });
  const submit = { type: 'user.submitRegistration', values } as const;
  const languageError = errorFor('emailLanguage');
  const privacyError = errorFor('privacy');
  return (
    <Page heading={ui.register.heading}>
      <p>{ui.register.intro}</p>
      <p className="eul-note">{ui.register.requiredNote}</p>
      <PageForm label={ui.register.heading} view={view} event={submit}>
        <Field
          field="firstName"
          autoComplete="given-name"
          value={values.firstName}
          onValue={(firstName) => set({ firstName })}
          error={errorFor('firstName')}
          required
        />
        <Field
          field="lastName"
          autoComplete="family-name"
          value={values.lastName}
          onValue={(lastName) => set({ lastName })}
          error={errorFor('lastName')}
          required
        />
        <Field
          field="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onValue={(email) => set({ email })}
          error={errorFor('email')}
          required
        />
        <Field
          field="emailConfirm"
          type="email"
          autoComplete="off"
          value={values.emailConfirm}
          onValue={(emailConfirm) => set({ emailConfirm })}
          error={errorFor('emailConfirm')}
          required
        />
        <div className={languageError ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-lang`}>{content.fields.emailLanguage.label}</label>
          <select
            id={`${id}-lang`}
            value={values.emailLanguage}
            onChange={(e) => set({ emailLanguage: e.target.value })}
            aria-invalid={languageError ? true : undefined}
            aria-describedby={languageError ? `${id}-lang-error` : undefined}
          >
            {EMAIL_LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {content.languages[lang]}
              </option>
            ))}
          </select>
          {languageError ? (
            <p className="field__error" id={`${id}-lang-error`}>
              {errorMessage(content, languageError)}
            </p>
          ) : null}
        </div>
        <div className="captcha">
          <p className="captcha__label" id={`${id}-captcha-img`}>
            {ui.register.captchaLabel}
          </p>
          <div
            className="captcha__image"
            role="img"
            aria-label={`${ui.register.captchaAlt}: ${(view.data.captcha?.challenge ?? '').split('').join(' ')}`}
          >
            {(view.data.captcha?.challenge ?? '').split('').map((ch, i) => (
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
            spellCheck={false}
            value={values.captcha}
            onValue={(captcha) => set({ captcha })}
            error={errorFor('captcha')}
            required
          />
        </div>
        <div className={privacyError ? 'field field--invalid' : 'field'}>
          <label className="choice">
            <input
              type="checkbox"
              checked={values.privacy}
              onChange={(e) => set({ privacy: e.target.checked })}
              aria-invalid={privacyError ? true : undefined}
              aria-describedby={privacyError ? `${id}-privacy-error` : undefined}
            />
            {ui.register.privacyCheckbox}
          </label>
          {privacyError ? (
            <p className="field__error" id={`${id}-privacy-error`}>
              {errorMessage(content, privacyError)}
            </p>
          ) : null}
        </div>
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.createAccount}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.cancel' }} variant="link">
            {ui.buttons.cancel}
          </StepButton>
          <StepButton view={view} event={{ type: 'user.lostPassword' }} variant="link">
            {ui.buttons.lostPassword}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

/** Nothing typed yet (the address may come from the sign-in page). */
function isBlank(v: RegistrationValues): boolean {
  return !v.firstName && !v.lastName && !v.emailConfirm && !v.captcha && !v.privacy;
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function MailSent({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const reset = view.stepId === 'passwordReset.mailSent';
  return (
    <Page heading={reset ? ui.reset.mailSentHeading : ui.register.mailSentHeading}>
      <p>{format(reset ? ui.reset.mailSent : ui.register.mailSent, { email: view.data.email })}</p>
      <p>{ui.register.spamAdvice}</p>
      {view.notice === 'mailResent' ? <p role="status">{content.notices.mailResent}</p> : null}
      <FormError view={view} />
      <Actions>
        <StepButton view={view} event={{ type: 'user.resendMail' }}>
          {ui.buttons.resendMail}
        </StepButton>
        {reset ? (
          <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="link">
            {ui.buttons.tryAgain}
          </StepButton>
        ) : (
          <StepButton view={view} event={{ type: 'user.registerAgain' }} variant="link">
            {ui.buttons.registerAgain}
          </StepButton>
        )}
      </Actions>
    </Page>
  );
}

export function LinkExpired({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const reset = view.stepId === 'passwordReset.linkExpired';
  return (
    <Page heading={reset ? ui.reset.linkExpiredHeading : ui.register.linkExpiredHeading}>
      <p>{reset ? ui.reset.linkExpired : ui.register.linkExpired}</p>
      <Actions>
        {reset ? (
          <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="primary">
            {ui.buttons.tryAgain}
          </StepButton>
        ) : (
          <>
            <StepButton view={view} event={{ type: 'user.resendMail' }} variant="primary">
              {ui.buttons.resendMail}
            </StepButton>
            <StepButton view={view} event={{ type: 'user.registerAgain' }}>
              {ui.buttons.registerAgain}
            </StepButton>
          </>
        )}
      </Actions>
    </Page>
  );
}

export function RegisterDone({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.register.doneHeading}>
      <p>{ui.register.done}</p>
      <p>{ui.register.addSecondFactor}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.continue' }} variant="primary">
          {ui.buttons.continue}
        </StepButton>
      </Actions>
    </Page>
  );
}
