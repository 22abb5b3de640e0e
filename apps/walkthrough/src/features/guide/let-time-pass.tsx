import type { CoachView, WaitDuration } from '@eulogin-coach/react';

import { useRehearsal } from '../../effects/rehearsal-context.js';
import { useContent } from '../../i18n/content-context.js';
import { useFormat } from '../../i18n/use-format.js';

/**
 * Fast-forwards the rehearsal clock past a duration the coach names (a QR code's life, a lockout), so a what-if
 * that takes time can be rehearsed without waiting for it.
 */
export function LetTimePass({ view, wait }: { view: CoachView; wait: WaitDuration }) {
  const { content } = useContent();
  const format = useFormat();
  const { clock } = useRehearsal();
  const ms = view.data.config[wait];
  return (
    <button type="button" className="btn btn--secondary" disabled={view.busy} onClick={() => clock.advance(ms + 1000)}>
      {format(content.ui.guide.letTimePass, { minutes: Math.ceil(ms / 60_000) })}
    </button>
  );
}
