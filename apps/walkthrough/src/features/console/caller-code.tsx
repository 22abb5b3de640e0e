import { useId } from 'react';
import { routeSearch } from '../../route/app-route.js';
import { useContent } from '../../i18n/content-context.js';

/** A share code in groups of at most four characters, as it is read out over the phone. */
export function codeGroups(code: string): readonly string[] {
  return code
    .split(/[-\s]+/)
    .filter((g) => g !== '')
    .flatMap((g) => g.match(/.{1,4}/g) ?? []);
}

/** The caller's position code in groups, and a link that shows the same position in the rehearsal. */
export function CallerCode({ code }: { code: string }) {
  const { content } = useContent();
  const texts = content.console.code;
  const id = useId();
  const groups = codeGroups(code);
  return (
    <div className="console-code">
      <h4 id={`${id}-label`}>{texts.heading}</h4>
      <p className="field__hint">{texts.hint}</p>
      {/* Not live: the code changes with every step, and reading it out each time would drown the announcements. */}
      <output className="console-code__code share-code" aria-labelledby={`${id}-label`} aria-live="off">
        {code}
      </output>
      <p className="console-code__groups">
        <span className="sr-only">{texts.readOut}:</span>
        {groups.map((g, i) => (
          <span key={`${i}-${g}`} className="console-code__group">
            {g}
          </span>
        ))}
      </p>
      <a
        className="console-code__rehearsal"
        href={routeSearch({ mode: 'rehearse', code }) || '?'}
        target="_blank"
        rel="noopener"
      >
        {texts.showInRehearsal} <span className="field__hint">{texts.newTab}</span>
      </a>
    </div>
  );
}
