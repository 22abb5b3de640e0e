import { useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { resumeTarget } from '@eulogin-coach/machine/registry';
import { textParams } from '@eulogin-coach/content';
import type { CoachView, StepId } from '@eulogin-coach/react';
import { useStateFor } from '../../hooks/use-synced-state.js';
import { useContent } from '../../i18n/content-context.js';
import type { CallRecord } from './call-record.js';
import { visitedSteps } from './call-record.js';
import type { MapState } from './journey-map-model.js';
import { journeyMap } from './journey-map-model.js';
import { useFormat } from '../../i18n/use-format.js';

/**
 * The journey map: the task's steps as a vertical spine with the problems that branch off each one. The current
 * step and the path taken are highlighted; choosing a node jumps there. One tab stop: the arrow keys, Home and End
 * move between the nodes (a roving tabindex), Enter or Space chooses. The list, with each step marked done,
 * current or next, is its own text alternative.
 */
export default function JourneyMap({
  view,
  record,
  onJump,
}: {
  view: CoachView;
  record: CallRecord;
  onJump: (stepId: StepId) => void;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.map;
  const id = useId();
  const params = textParams(view.data.config);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // The node last focused; the tab stop goes back to the current step whenever the caller moves.
  const [focused, setFocused] = useStateFor<number | null>(view.stepId, null);
  if (!view.journey || !view.progress) {
    return (
      <section className="journey-map" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{texts.heading}</h3>
        <p className="field__hint">{texts.none}</p>
      </section>
    );
  }
  const visited = new Set(visitedSteps(record).map((v) => v.stepId));
  const nodes = journeyMap(view.journey, view.progress.current - 1, view.stepId, visited);
  const stateText: Readonly<Record<MapState, string>> = {
    done: texts.done,
    current: texts.current,
    next: texts.next,
    later: texts.later,
  };
  // Every node in reading order: a step, then the side paths off it; the tab stop starts on the current step.
  const flat: StepId[] = [];
  let currentIndex = 0;
  for (const node of nodes) {
    if (node.state === 'current') currentIndex = flat.length;
    flat.push(node.stepId, ...node.branches.map((b) => b.to));
  }
  const stop = focused !== null && focused < flat.length ? focused : currentIndex;
  const move = (to: number) => {
    const next = (to + flat.length) % flat.length;
    setFocused(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const at = buttons.current.findIndex((b) => b === e.target);
    if (at === -1) return;
    const keys: Readonly<Record<string, number>> = {
      ArrowDown: at + 1,
      ArrowRight: at + 1,
      ArrowUp: at - 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: flat.length - 1,
    };
    const to = keys[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  let n = 0;
  const button = (stepId: StepId, label: string, state: string | null, current: boolean) => {
    const i = n++;
    // A step that shows what a jump cannot recreate: the map says where a jump to it lands, as the search does.
    const landing = resumeTarget(stepId);
    const lands =
      landing === stepId || current
        ? null
        : format(texts.landsAt, { step: format(content.steps[landing].title, params) });
    // In the order the button shows them: the name, where a jump lands (under it), then the state.
    const tags = [lands, state].filter((tag) => tag !== null);
    return (
      <button
        type="button"
        ref={(el) => {
          buttons.current[i] = el;
        }}
        tabIndex={i === stop ? 0 : -1}
        aria-current={current ? 'step' : undefined}
        // The state is shown as a tag; the name says it after a comma, the same in every browser.
        aria-label={tags.length > 0 ? [label, ...tags].join(', ') : undefined}
        className="journey-map__button"
        onFocus={() => setFocused(i)}
        onClick={() => onJump(stepId)}
      >
        <span className="journey-map__dot" aria-hidden="true" />
        <span className="journey-map__label">
          {label}
          {lands ? <span className="journey-map__lands">{lands}</span> : null}
        </span>
        {state ? <span className="journey-map__state">{state}</span> : null}
      </button>
    );
  };
  return (
    <section className="journey-map" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{texts.heading}</h3>
      <p className="field__hint" id={`${id}-hint`}>
        {texts.hint}
      </p>
      <ol className="journey-map__spine" aria-label={texts.textAlternative} onKeyDown={onKeyDown}>
        {nodes.map((node) => (
          <li
            key={node.index}
            className={`journey-map__node journey-map__node--${node.state}${visited.has(node.stepId) ? ' journey-map__node--visited' : ''}`}
          >
            {button(
              node.stepId,
              format(content.steps[node.stepId].title, params),
              node.state === 'later' ? null : stateText[node.state],
              node.state === 'current' && node.stepId === view.stepId,
            )}
            {node.branches.length > 0 ? (
              <ul className="journey-map__branches">
                {node.branches.map((b) => (
                  <li
                    key={b.whatIf}
                    className={`journey-map__branch${b.current ? ' journey-map__branch--current' : ''}${b.visited ? ' journey-map__node--visited' : ''}`}
                  >
                    {button(
                      b.to,
                      format(texts.branch, {
                        whatIf: format(content.whatIfs[b.whatIf].label, params),
                        step: format(content.steps[b.to].title, params),
                      }),
                      b.current ? texts.current : null,
                      b.current,
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
