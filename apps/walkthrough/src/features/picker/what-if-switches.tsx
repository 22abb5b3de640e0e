import { useEffect, useRef, useState } from 'react';
import { JOURNEY_WHAT_IFS } from 'virtual:journey-what-ifs';
import type { CoachConfig, JourneyId, WhatIfId } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { usePageContent } from '../../i18n/content-context.js';
import { useFormat } from '../../i18n/use-format.js';
import { useWhatIfLabels } from '../../i18n/use-what-if-labels.js';
import { WhatIfsUnavailable } from './what-ifs-unavailable.js';

export interface WhatIfSwitchesProps {
  readonly config: CoachConfig;
  /** The journey whose what-ifs these are (in the order the registry offers them). */
  readonly journey: JourneyId;
  readonly chosen: readonly WhatIfId[];
  readonly onToggle: (id: WhatIfId, on: boolean) => void;
}

/**
 * A journey card's what-if switches, once its "Make it harder" box is open: a chunk of its own, fetched in idle time
 * after the first paint with the labels (journey-picker.tsx), so the start page's first script carries neither. If
 * the labels cannot be downloaded, the box says so and offers to try again.
 */
export function WhatIfSwitches({ config, journey, chosen, onToggle }: WhatIfSwitchesProps) {
  const { content } = usePageContent();
  const format = useFormat();
  const ui = content.ui.picker;
  const { labels, failed, retrying, retry } = useWhatIfLabels(true);
  // After "Try again" the button that had the focus goes with the explanation: the focus moves to the first switch.
  const [retried, setRetried] = useState(false);
  const switches = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (retried && labels) switches.current?.querySelector('input')?.focus();
  }, [retried, labels]);
  if (labels) {
    return (
      <fieldset ref={switches}>
        <legend>{ui.whatIfIntro}</legend>
        {JOURNEY_WHAT_IFS[journey].map((id) => (
          <label key={id} className="choice">
            <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => onToggle(id, e.target.checked)} />
            {format(labels[id].label, textParams(config))}
          </label>
        ))}
      </fieldset>
    );
  }
  if (!failed) return null;
  return (
    <WhatIfsUnavailable
      retrying={retrying}
      onRetry={() => {
        setRetried(true);
        retry();
      }}
    />
  );
}
