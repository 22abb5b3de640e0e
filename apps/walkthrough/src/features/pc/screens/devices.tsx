import { useId } from 'react';
import type { DeviceValues } from '@eulogin-coach/react';

import { CODE_INPUT, Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { QrCode } from '../../../components/qr-code.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateDevice } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import { useRehearsalNow } from '../../../effects/rehearsal-context.js';
import { useOwnAuthenticator } from '../../../effects/practice-switch.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function DeviceList({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const devices = view.data.account?.devices ?? [];
  return (
    <Page heading={ui.devices.heading}>
      <p>{ui.devices.intro}</p>
      {devices.length === 0 ? (
        <p>{ui.devices.empty}</p>
      ) : (
        <ul className="eul-list" aria-label={ui.devices.listLabel}>
          {devices.map((device) => (
            <li key={device.id}>
              <span>{device.name}</span>
              <StepButton
                view={view}
                event={{ type: 'user.deleteDevice', deviceId: device.id }}
                variant="link"
                aria-label={format(ui.devices.deleteDevice, { name: device.name })}
              >
                {ui.buttons.delete}
              </StepButton>
            </li>
          ))}
        </ul>
      )}
      <Actions>
        <StepButton view={view} event={{ type: 'user.addDevice' }} variant="primary">
          {ui.buttons.addDevice}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.noSmartphone' }} variant="link">
          {content.whatIfs.noSmartphone.label}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.back' }} variant="link">
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function DeviceAddForm({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const { values, setValues, errorFor } = useFormErrors<DeviceValues>(view, view.values.device, validateDevice);
  const submit = { type: 'user.submitDevice', values } as const;
  return (
    <Page heading={ui.devices.addHeading}>
      <p>{ui.devices.addIntro}</p>
      <PageForm label={ui.devices.addHeading} view={view} event={submit}>
        <Field
          field="deviceName"
          autoComplete="off"
          value={values.deviceName}
          onValue={(deviceName) => setValues({ ...values, deviceName })}
          error={errorFor('deviceName')}
        />
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
          type="password"
          {...CODE_INPUT}
          autoComplete="new-password"
          value={values.pinConfirm}
          onValue={(pinConfirm) => setValues({ ...values, pinConfirm })}
          error={errorFor('pinConfirm')}
        />
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.submit}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.cancel' }} variant="link">
            {ui.buttons.cancel}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

/**
 * The enrolment QR code: the PC keeps showing it while the phone asks for the camera, scans and asks the PIN. As on
 * EU Login, only the EU Login app reads it, unless the person chooses to practise with their own authenticator app:
 * then it shows the same enrolment as a standard otpauth:// code.
 */
export function EnrolmentQr({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const now = useRehearsalNow();
  const id = useId();
  const [ownApp, setOwnApp] = useOwnAuthenticator();
  const enrolment = view.data.enrolment;
  const payload = ownApp && enrolment?.authenticatorUri ? enrolment.authenticatorUri : enrolment?.qrPayload;
  return (
    <Page heading={ui.devices.qrHeading}>
      <p>{ui.devices.qrBody}</p>
      {enrolment && payload ? (
        <>
          <QrCode payload={payload} kind="enrolment" alt={ui.devices.qrAlt} textLabel={ui.qr.textAlternative} />
          <p className="eul-timer">{format(ui.devices.qrExpiresIn, { time: clockText(enrolment.expiresAt - now) })}</p>
          <p className="eul-note">{ownApp ? ui.qr.otpauthNote : ui.qr.euLoginOnly}</p>
          {enrolment.authenticatorUri ? (
            <div className="field practice-switch">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={ownApp}
                  onChange={(e) => setOwnApp(e.target.checked)}
                  aria-describedby={`${id}-own-app`}
                />
                {ui.qr.ownAuthenticator}
              </label>
              <p className="field__hint" id={`${id}-own-app`}>
                {ui.qr.ownAuthenticatorHint}
              </p>
            </div>
          ) : null}
          <details className="eul-help">
            <summary>{ui.qr.cantScan}</summary>
            <p>{ui.qr.cantScanHelp}</p>
          </details>
        </>
      ) : (
        <p>{ui.devices.qrWaiting}</p>
      )}
      <Actions>
        <StepButton view={view} event={{ type: 'user.cancel' }} variant="link">
          {ui.buttons.cancel}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function QrExpired({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.devices.qrExpiredHeading}>
      <p>{ui.devices.qrExpired}</p>
      <FormError view={view} field="pin" />
      <FormError view={view} />
      <Actions>
        <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="primary">
          {ui.buttons.tryAgain}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function DeviceAdded({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const name = view.values.device.deviceName;
  return (
    <Page heading={ui.devices.addedHeading}>
      <p>{format(ui.devices.added, { name })}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.signOut' }} variant="primary">
          {ui.buttons.signOut}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.continue' }}>
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function DeleteConfirm({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const device = view.data.account?.devices.find((d) => d.id === view.data.pendingDeviceId);
  return (
    <Page heading={ui.devices.deleteHeading}>
      <p>{format(ui.devices.deleteConfirm, { name: device?.name ?? '' })}</p>
      <FormError view={view} />
      <Actions>
        <StepButton view={view} event={{ type: 'user.confirm' }} variant="primary">
          {ui.buttons.delete}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.cancel' }}>
          {ui.buttons.cancel}
        </StepButton>
      </Actions>
    </Page>
  );
}
