import { Suspense, lazy } from 'react';
import { FailureBoundary } from '../components/failure-boundary.js';
import { FullContentGate, usePageContent } from '../i18n/content-context.js';

const GuideModeApp = lazy(() => import('./guide-mode-app.js'));

/**
 * Guide mode, loaded on demand: the start page of the rehearsal does not carry it. `code`: `?code=` of the address;
 * `onCodeUsed`: called once guide mode has taken it, so that it is not applied again.
 */
export function GuideModeRoot({ code = null, onCodeUsed }: { code?: string | null; onCodeUsed?: () => void }) {
  const { content } = usePageContent();
  const loading = <p role="status">{content.ui.common.loading}</p>;
  return (
    <FailureBoundary>
      <Suspense fallback={loading}>
        <FullContentGate fallback={loading}>
          <GuideModeApp code={code} {...(onCodeUsed ? { onCodeUsed } : {})} />
        </FullContentGate>
      </Suspense>
    </FailureBoundary>
  );
}
