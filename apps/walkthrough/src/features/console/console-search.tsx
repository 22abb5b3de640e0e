import { useId, useMemo, useState } from 'react';
import { textParams } from '@eulogin-coach/content';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import { WHAT_IFS, resumeTarget } from '@eulogin-coach/machine/registry';
import type { StepId } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import type { HelpHit } from './help-hit.js';
import type { HelpSearchState } from './use-help-search.js';
import { useFormat } from '../../i18n/use-format.js';

const params = textParams(DEFAULT_CONFIG);

/** Where choosing a hit goes: a step to its step, a what-if to the step it leads to, an FAQ to its answer. */
export function hitTarget(hit: HelpHit): StepId | null {
  if (hit.kind === 'step') return hit.stepId;
  if (hit.kind === 'whatIf') return WHAT_IFS[hit.whatIf].at[hit.stepId] ?? hit.stepId;
  return null;
}

/**
 * The search box at the top of the console: what the caller says they see, matched against the steps, problems and
 * FAQ. A combobox with a listbox of results: arrow keys move through them, Enter chooses, Escape clears.
 */
export function ConsoleSearch({
  help,
  onJump,
  canJump,
}: {
  help: HelpSearchState;
  onJump: (stepId: StepId) => void;
  canJump: (stepId: StepId) => boolean;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.search;
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [faq, setFaq] = useState<Extract<HelpHit, { kind: 'faq' }> | null>(null);
  // Choosing a question shows its answer and folds the results away until the query changes.
  const [folded, setFolded] = useState(false);
  const search = help.state === 'ready' ? help.search : null;
  const faqs = help.state === 'ready' ? help.faqs : null;
  const callerSees = help.state === 'ready' ? help.callerSees : null;
  const hits = useMemo(() => (query.trim() === '' || !search ? [] : search(query)), [search, query]);
  const open = hits.length > 0 && !folded;
  const current = Math.min(active, hits.length - 1);

  const titleOf = (hit: HelpHit): string => {
    if (hit.kind === 'step') return format(content.steps[hit.stepId].title, params);
    if (hit.kind === 'whatIf') return format(content.whatIfs[hit.whatIf].label, params);
    return faqs?.(hit.faq)?.question ?? hit.matched;
  };
  const choose = (hit: HelpHit | undefined) => {
    if (!hit) return;
    const target = hitTarget(hit);
    if (target === null) {
      if (hit.kind === 'faq') {
        setFaq(hit);
        setFolded(true);
      }
      return;
    }
    if (!canJump(target)) return;
    setQuery('');
    setFaq(null);
    onJump(target);
  };
  const faqText = faq ? faqs?.(faq.faq) : undefined;
  return (
    <div className="console-search">
      <label htmlFor={`${id}-input`}>{texts.label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {texts.hint}
      </p>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-hit-${current}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setFolded(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && open) {
            e.preventDefault();
            setActive((current + 1) % hits.length);
          } else if (e.key === 'ArrowUp' && open) {
            e.preventDefault();
            setActive((current - 1 + hits.length) % hits.length);
          } else if (e.key === 'Home' && open) {
            e.preventDefault();
            setActive(0);
          } else if (e.key === 'End' && open) {
            e.preventDefault();
            setActive(hits.length - 1);
          } else if (e.key === 'ArrowDown' && folded && hits.length > 0) {
            e.preventDefault();
            setFolded(false);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(hits[current]);
          } else if (e.key === 'Escape') {
            setQuery('');
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={texts.results}
        className="console-search__results"
        hidden={!open}
      >
        {hits.map((hit, i) => {
          const target = hitTarget(hit);
          return (
            <li
              key={`${hit.kind}-${i}`}
              id={`${id}-hit-${i}`}
              role="option"
              aria-selected={i === current}
              aria-disabled={target !== null && !canJump(target) ? true : undefined}
              className="console-search__hit"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="console-search__kind">{texts.kinds[hit.kind]}</span>
              <span className="console-search__title">{titleOf(hit)}</span>
              {hit.kind === 'step' && callerSees?.(hit.stepId) ? (
                <span className="console-search__matched">
                  {format(texts.onScreen, { heading: callerSees(hit.stepId)?.heading ?? '' })}
                </span>
              ) : null}
              {target && hit.kind === 'whatIf' ? (
                <span className="console-search__matched">{format(content.steps[target].title, params)}</span>
              ) : null}
              {hit.matched && hit.matched !== titleOf(hit) ? (
                <span className="console-search__matched">{hit.matched}</span>
              ) : null}
              {target && resumeTarget(target) !== target ? (
                <span className="console-search__matched">
                  {format(content.ui.helpdesk.landsInstead, {
                    step: format(content.steps[resumeTarget(target)].title, params),
                  })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {help.state === 'failed' ? (
        <p className="console-search__status" role="alert">
          {texts.failed}{' '}
          <button type="button" className="btn btn--secondary" onClick={help.retry}>
            {texts.retry}
          </button>
        </p>
      ) : null}
      <p className="sr-only" role="status">
        {help.state === 'loading' && query.trim() !== ''
          ? texts.loading
          : query.trim() === ''
            ? ''
            : hits.length > 0
              ? format(texts.count, { count: hits.length })
              : format(texts.noResults, { query })}
      </p>
      {faq ? (
        <section className="console-search__faq" aria-labelledby={`${id}-faq`}>
          <h3 id={`${id}-faq`}>{faqText?.question ?? faq.matched}</h3>
          {faqText ? <p>{faqText.answer}</p> : null}
          {faq.stepIds.length > 0 ? (
            <>
              <p>{texts.faqSteps}</p>
              <ul className="console-search__faq-steps">
                {faq.stepIds.map((s) => (
                  <li key={s}>
                    <button
                      type="button"
                      className="btn btn--secondary"
                      disabled={!canJump(s)}
                      onClick={() => choose({ kind: 'step', stepId: s, score: 1, matched: '' })}
                    >
                      {format(texts.goTo, { step: format(content.steps[s].title, params) })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <button type="button" className="btn btn--secondary" onClick={() => setFaq(null)}>
            {texts.closeFaq}
          </button>
        </section>
      ) : null}
    </div>
  );
}
