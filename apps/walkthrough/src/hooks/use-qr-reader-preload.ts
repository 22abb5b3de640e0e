import { useEffect } from 'react';
import { JOURNEYS } from '@eulogin-coach/machine/registry';
import type { CoachView, StepId } from '@eulogin-coach/react';

/** The steps whose phone screen reads the PC's QR code with the QR reader (qr/read-qr.ts, about 48 KB gzipped). */
const SCAN_STEPS: readonly StepId[] = ['app.scanner', 'signIn.qrScan'];

/**
 * Fetches the QR reader as soon as the rehearsal is on a journey that scans, well ahead of the scan step, so that
 * opening the scanner never waits on the network. A failed fetch is not reported here: the scan itself retries it.
 */
export function useQrReaderPreload(view: CoachView): void {
  const scans =
    SCAN_STEPS.includes(view.stepId) ||
    (view.journey !== null && JOURNEYS[view.journey].path.some((step) => SCAN_STEPS.includes(step)));
  useEffect(() => {
    if (scans) import('../qr/read-qr.js').catch(() => undefined);
  }, [scans]);
}
