import { useState } from 'react';

import type { FaqEntry, FaqId } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';
import { routeSearch } from '../../route/app-route.js';
import { entryUrl } from './entry-link.js';
import type { RehearsalTarget } from './rehearsal-for.js';
import { REHEARSAL_FOR } from './rehearsal-for.js';
import { useFormat } from '../../i18n/use-format.js';

type CopyState = 'idle' | 'copied' | 'failed';

/** One help entry: its question as a heading with a stable anchor, the answer, and what to do next. */
export function HelpEntry({
  id,
  entry,
  onRehearse,
}: {
  id: FaqId;
  entry: FaqEntry;
  onRehearse: (target: RehearsalTarget) => void;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.helpCentre;
  const [copy, setCopy] = useState<CopyState>('idle');
  const target = REHEARSAL_FOR[id];
  const url = entryUrl(id);
  const copyLink = () => {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) {
      setCopy('failed');
      return;
    }
    clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <article id={id} className="help-entry" aria-labelledby={`${id}-q`}>
      <h4 id={`${id}-q`} tabIndex={-1}>
        {entry.question}
      </h4>
      {entry.answer.split('\n\n').map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <div className="help-entry__actions">
        {target ? (
          <>
            <button
              type="button"
              className="btn btn--primary"
              aria-label={format(texts.rehearseLabel, { question: entry.question })}
              onClick={() => onRehearse(target)}
            >
              {texts.rehearse}
            </button>
            <a
              className="btn btn--secondary"
              href={routeSearch({ mode: 'guide', journey: target.journey })}
              aria-label={format(texts.guideMeLabel, { question: entry.question })}
            >
              {texts.guideMe}
            </a>
          </>
        ) : null}
        <button
          type="button"
          className="btn btn--secondary"
          aria-label={format(texts.copyLinkLabel, { question: entry.question })}
          onClick={copyLink}
        >
          {texts.copyLink}
        </button>
      </div>
      <div role="status" className="help-entry__copy">
        {copy === 'copied' ? texts.copied : null}
        {copy === 'failed' ? (
          <>
            {texts.copyFailed}{' '}
            <input readOnly value={url} aria-label={format(texts.copyLinkLabel, { question: entry.question })} />
          </>
        ) : null}
      </div>
    </article>
  );
}
