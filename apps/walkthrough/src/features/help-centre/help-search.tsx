import { useId, useState } from 'react';
import { searchFaqEntries } from '@eulogin-coach/content';
import type { HelpContent, HelpSearch } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';
import { useFormat } from '../../i18n/use-format.js';

const RESULTS = 8;

/** The help centre's search box and its best answers, each a link to the entry's anchor. */
export function HelpCentreSearch({ help, search }: { help: HelpContent; search: HelpSearch }) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.helpCentre;
  const id = useId();
  const [query, setQuery] = useState('');
  const results = query.trim() ? searchFaqEntries(search, query, RESULTS) : [];
  return (
    <div role="search" className="help-search" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-q`}>
        {texts.searchLabel}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {texts.searchHint}
      </p>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p role="status" className="help-search__status">
        {query.trim() ? (results.length ? format(texts.resultCount, { count: results.length }) : texts.noResults) : ''}
      </p>
      {results.length ? (
        <section aria-labelledby={`${id}-results`}>
          <h3 id={`${id}-results`}>{texts.resultsHeading}</h3>
          <ol className="help-search__results">
            {results.map((faq) => (
              <li key={faq}>
                <a href={`#${faq}`}>{help.faq[faq].question}</a>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
