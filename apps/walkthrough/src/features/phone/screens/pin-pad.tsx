import { format } from '@eulogin-coach/content';
import { CoachForm } from '../../../components/coach-form.js';
import { CODE_INPUT, Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton } from '../../../components/step-button.js';
import { useSyncedState } from '../../../hooks/use-synced-state.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { AppScreen } from './app-frame.js';

/** The keys in a phone keypad's order: 1–9 in three rows, then 0 (placed in the middle column by the style). */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/** The app's PIN pad: to finish enrolment (`app.enrolPin`) or to approve a sign-in (`signIn.appPin`). */
export function PinPad({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  const approving = view.stepId === 'signIn.appPin';
  const [pin, setPin] = useSyncedState(approving ? view.values.approvePin : view.values.enrolPin);
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
          error={view.errorFor('pin')}
        />
        <div className="pin-pad" role="group" aria-label={content.fields.pin.label}>
          {DIGITS.map((d) => (
            <button
              key={d}
              type="button"
              className={d === '0' ? 'pin-pad__key pin-pad__key--zero' : 'pin-pad__key'}
              disabled={!enabled}
              onClick={() => setPin(pin + d)}
            >
              {d}
            </button>
          ))}
          <button
            type="button"
            className="pin-pad__key pin-pad__key--delete"
            disabled={!enabled || pin === ''}
            onClick={() => setPin(pin.slice(0, -1))}
          >
            <span aria-hidden="true">⌫</span>
            <span className="sr-only">{ui.pinDelete}</span>
          </button>
        </div>
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
