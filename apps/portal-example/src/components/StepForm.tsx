// The forms of the steps this portal offers, each sending one coach event. What was typed starts from
// `view.values`, so nothing is lost when the coach refuses it.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { CoachView } from '@eulogin-coach/machine';
import type { Content } from '@eulogin-coach/content';
import { PORTAL_TEXTS } from '../portal-texts.js';
import { TextField } from './TextField.js';

interface FormProps {
  readonly view: CoachView;
  readonly content: Content;
}

function Form({ onSubmit, busy, children }: { onSubmit: () => void; busy: boolean; children: ReactNode }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      {children}
      <button type="submit" disabled={busy}>
        {PORTAL_TEXTS.submit}
      </button>
    </form>
  );
}

function EmailForm({ view, content }: FormProps) {
  const [email, setEmail] = useState(view.values.signInEmail);
  return (
    <Form busy={view.busy} onSubmit={() => view.send({ type: 'user.submitEmail', email })}>
      <TextField
        field="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        {...{ view, content }}
      />
    </Form>
  );
}

function RegisterForm({ view, content }: FormProps) {
  const [values, setValues] = useState(view.values.register);
  const captcha = view.data.captcha;
  const set = (field: 'firstName' | 'lastName' | 'email' | 'emailConfirm' | 'captcha') => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  return (
    <Form busy={view.busy} onSubmit={() => view.send({ type: 'user.submitRegistration', values })}>
      <TextField field="firstName" value={values.firstName} onChange={set('firstName')} {...{ view, content }} />
      <TextField field="lastName" value={values.lastName} onChange={set('lastName')} {...{ view, content }} />
      <TextField field="email" type="email" value={values.email} onChange={set('email')} {...{ view, content }} />
      <TextField
        field="emailConfirm"
        type="email"
        value={values.emailConfirm}
        onChange={set('emailConfirm')}
        {...{ view, content }}
      />
      {captcha && (
        <p>
          {PORTAL_TEXTS.captchaShown}: <output aria-label={PORTAL_TEXTS.captchaShown}>{captcha.challenge}</output>
        </p>
      )}
      <TextField field="captcha" value={values.captcha} onChange={set('captcha')} {...{ view, content }} />
      <p>
        <label>
          <input
            type="checkbox"
            checked={values.privacy}
            aria-invalid={view.errorFor('privacy') ? true : undefined}
            onChange={(e) => setValues((v) => ({ ...v, privacy: e.target.checked }))}
          />{' '}
          {content.fields.privacy.label}
        </label>
      </p>
    </Form>
  );
}

function NewPasswordForm({ view, content }: FormProps) {
  const [values, setValues] = useState(view.values.newPassword);
  return (
    <Form busy={view.busy} onSubmit={() => view.send({ type: 'user.submitNewPassword', values })}>
      <TextField
        field="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(password) => setValues((v) => ({ ...v, password }))}
        {...{ view, content }}
      />
      <TextField
        field="passwordConfirm"
        type="password"
        autoComplete="new-password"
        value={values.passwordConfirm}
        onChange={(passwordConfirm) => setValues((v) => ({ ...v, passwordConfirm }))}
        {...{ view, content }}
      />
    </Form>
  );
}

function SignInForm({ view, content }: FormProps) {
  const [password, setPassword] = useState(view.values.signIn.password);
  const [method, setMethod] = useState(
    view.methods.includes(view.values.signIn.method) ? view.values.signIn.method : view.methods[0],
  );
  return (
    <Form busy={view.busy} onSubmit={() => method && view.send({ type: 'user.submitSignIn', password, method })}>
      <TextField
        field="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        {...{ view, content }}
      />
      <fieldset>
        <legend>{content.fields.method.label}</legend>
        {view.methods.map((m) => (
          <label key={m}>
            <input type="radio" name="method" checked={m === method} onChange={() => setMethod(m)} />{' '}
            {content.methods[m]}
          </label>
        ))}
      </fieldset>
    </Form>
  );
}

function ResetRequestForm({ view, content }: FormProps) {
  const [values, setValues] = useState(view.values.resetRequest);
  const captcha = view.data.captcha;
  return (
    <Form busy={view.busy} onSubmit={() => view.send({ type: 'user.submitResetRequest', values })}>
      <TextField
        field="email"
        type="email"
        value={values.email}
        onChange={(email) => setValues((v) => ({ ...v, email }))}
        {...{ view, content }}
      />
      {captcha && (
        <p>
          {PORTAL_TEXTS.captchaShown}: <output aria-label={PORTAL_TEXTS.captchaShown}>{captcha.challenge}</output>
        </p>
      )}
      <TextField
        field="captcha"
        value={values.captcha}
        onChange={(value) => setValues((v) => ({ ...v, captcha: value }))}
        {...{ view, content }}
      />
    </Form>
  );
}

function DeviceForm({ view, content }: FormProps) {
  const [values, setValues] = useState(view.values.device);
  const set = (field: 'deviceName' | 'pin' | 'pinConfirm') => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  return (
    <Form busy={view.busy} onSubmit={() => view.send({ type: 'user.submitDevice', values })}>
      <TextField field="deviceName" value={values.deviceName} onChange={set('deviceName')} {...{ view, content }} />
      <TextField field="pin" type="password" value={values.pin} onChange={set('pin')} {...{ view, content }} />
      <TextField
        field="pinConfirm"
        type="password"
        value={values.pinConfirm}
        onChange={set('pinConfirm')}
        {...{ view, content }}
      />
    </Form>
  );
}

/** The PIN typed in the EU Login app: to finish linking the phone, or to approve a sign-in. */
function AppPinForm({ view, content }: FormProps) {
  const [pin, setPin] = useState(view.stepId === 'app.enrolPin' ? view.values.enrolPin : view.values.approvePin);
  return (
    <Form busy={view.busy} onSubmit={() => view.send({ type: 'phone.submitPin', pin })}>
      <TextField field="pin" type="password" value={pin} onChange={setPin} {...{ view, content }} />
    </Form>
  );
}

/** The form of the step on screen, or nothing for a step without one. */
export function StepForm(props: FormProps) {
  switch (props.view.stepId) {
    case 'signIn.email':
      return <EmailForm {...props} />;
    case 'register.form':
      return <RegisterForm {...props} />;
    case 'password.set':
      return <NewPasswordForm {...props} />;
    case 'signIn.password':
      return <SignInForm {...props} />;
    case 'passwordReset.request':
      return <ResetRequestForm {...props} />;
    case 'device.addForm':
      return <DeviceForm {...props} />;
    case 'app.enrolPin':
    case 'signIn.appPin':
      return <AppPinForm {...props} />;
    default:
      return null;
  }
}
