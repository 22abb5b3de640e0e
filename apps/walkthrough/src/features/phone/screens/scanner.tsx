import { useState } from 'react';
import { FormError } from '../../../components/form-error.js';
import { StepButton } from '../../../components/step-button.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { AppScreen } from './app-frame.js';

/**
 * The EU Login app's QR scanner. It really reads the QR code the PC shows: the PC's canvas pixels, decoded with
 * jsQR (loaded on demand), and sends what it read as `phone.scan`.
 */
export function Scanner({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  const [nothing, setNothing] = useState(false);
  const enrolling = view.stepId === 'app.scanner';
  const scan = async () => {
    setNothing(false);
    const { readQrOnScreen } = await import('../../../qr/read-qr.js');
    const payload = readQrOnScreen();
    if (payload === null) setNothing(true);
    else view.send({ type: 'phone.scan', payload });
  };
  const canScan = !view.busy && view.can({ type: 'phone.scan', payload: '' });
  return (
    <AppScreen title={ui.scannerHeading}>
      <div className="viewfinder" aria-hidden="true">
        <span />
      </div>
      <p>{ui.pointCamera}</p>
      <FormError view={view} />
      {nothing ? (
        <p role="alert" className="form-error">
          {content.ui.phone.app.noQrInView}
        </p>
      ) : null}
      <button type="button" className="btn btn--primary" disabled={!canScan} onClick={() => void scan()}>
        {content.ui.phone.app.scanNow}
      </button>
      {enrolling ? (
        <StepButton view={view} event={{ type: 'phone.scanWithCameraApp' }} variant="link">
          {content.ui.phone.app.useCameraApp}
        </StepButton>
      ) : null}
    </AppScreen>
  );
}
