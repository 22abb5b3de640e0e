import { CODE_INPUT, Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { QrCode } from '../../../components/qr-code.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateOtp } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import { useRehearsalNow } from '../../../effects/rehearsal-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { clockText } from './devices.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

/** Sign in with the app and a QR code: the challenge QR and the field for the app's one-time code. */
export function QrSignIn({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const now = useRehearsalNow();
  const { values: otp, setValues: setOtp, errorFor } = useFormErrors(view, view.values.otp, validateOtp);
  const submit = { type: 'user.submitOtp', otp } as const;
  const challenge = view.data.challenge;
  return (
    <Page heading={ui.qr.heading}>
      <p>{ui.qr.body}</p>
      {challenge ? (
        <>
          <QrCode
            payload={challenge.qrPayload}
            kind="challenge"
            alt={ui.qr.qrAlt}
            textLabel={content.ui.pc.qr.textAlternative}
          />
          <p className="eul-timer">{format(ui.qr.expiresIn, { time: clockText(challenge.expiresAt - now) })}</p>
          <details className="eul-help">
            <summary>{ui.qr.cantScan}</summary>
            <p>{ui.qr.cantScanHelp}</p>
          </details>
        </>
      ) : null}
      <PageForm label={ui.qr.heading} view={view} event={submit}>
        <Field
          field="otp"
          label={ui.qr.otpLabel}
          {...CODE_INPUT}
          value={otp}
          onValue={setOtp}
          error={errorFor('otp')}
        />
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.signIn}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.chooseOtherMethod' }} variant="link">
            {ui.buttons.useOtherMethod}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}
