import { CoachForm } from '../../../components/coach-form.js';
import { CODE_INPUT, Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton } from '../../../components/step-button.js';
import { validateEnrolmentPin } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { AppScreen } from './app-frame.js';
import { PinKeypad } from './pin-keypad.js';
import { useFormat } from '../../../i18n/use-format.js';

/** The app's PIN pad: to finish enrolment (`app.enrolPin`) or to approve a sign-in (`signIn.appPin`). */
export function PinPad({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.phone.app;
  const approving = view.stepId === 'signIn.appPin';
  const {
    values: pin,
    setValues: setPin,
    errorFor,
  } = useFormErrors(view, approving ? view.values.approvePin : view.values.enrolPin, validateEnrolmentPin);
  const submit = { type: 'phone.submitPin', pin } as const;
  const enabled = !view.busy && view.can(submit);
  return (
    <AppScreen title={approving ? ui.pendingHeading : ui.pinHeading} view={view}>
      <p>{approving ? format(ui.pendingBody, { email: view.data.email }) : ui.pinIntro}</p>
      <CoachForm view={view} event={submit} className="pin-form">
        <Field
          field="pin"
          type="password"
          {...CODE_INPUT}
          value={pin}
          onValue={(v) => setPin(v.replace(/\s+/g, ''))}
          error={errorFor('pin')}
        />
        <PinKeypad pin={pin} enabled={enabled} onPin={setPin} />
        <FormError view={view} />
        <button type="submit" className="btn btn--primary" disabled={!enabled}>
          {ui.authenticate}
        </button>
      </CoachForm>
      {approving ? (
        <>
          {/* "Was it you?" "No": the request is refused, as EU Login's app lets you do. */}
          <StepButton view={view} event={{ type: 'phone.decline' }}>
            {ui.decline}
          </StepButton>
          <StepButton view={view} event={{ type: 'phone.forgotPin' }} variant="link">
            {ui.forgotPin}
          </StepButton>
        </>
      ) : null}
    </AppScreen>
  );
}
