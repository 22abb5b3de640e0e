import { useId } from 'react';
import type { GuideChoice } from '@eulogin-coach/guide';
import type { Content } from '@eulogin-coach/content';
import { choiceLabel, groupLegend, standsAlone } from './guide-labels.js';

/** Choices that report outcomes of the same action (or answer the same question): shown together under its text. */
interface ChoiceGroup {
  readonly key: string;
  readonly legend: string | null;
  readonly choices: readonly GuideChoice[];
}

function groupsOf(content: Content, choices: readonly GuideChoice[]): ChoiceGroup[] {
  const groups: ChoiceGroup[] = [];
  for (const choice of choices) {
    const alone = standsAlone(choice);
    const key = alone || !choice.answer ? choice.id : `${choice.action ?? 'question'}:${choice.answer.effect}`;
    const last = groups[groups.length - 1];
    if (!alone && last?.key === key) {
      groups[groups.length - 1] = { ...last, choices: [...last.choices, choice] };
    } else {
      groups.push({ key, legend: alone ? null : groupLegend(content, choice), choices: [choice] });
    }
  }
  return groups;
}

/** The answers on offer as buttons: an action's outcomes grouped under the action, the others one by one. */
export function GuideChoiceList({
  content,
  choices,
  disabled,
  onChoose,
}: {
  content: Content;
  choices: readonly GuideChoice[];
  disabled: boolean;
  onChoose: (choice: GuideChoice) => void;
}) {
  const id = useId();
  return (
    <ul className="guide-mode__choices">
      {groupsOf(content, choices).map((group, i) => (
        <li key={group.key}>
          {group.legend === null ? (
            group.choices.map((choice) => (
              <ChoiceButton key={choice.id} content={content} choice={choice} disabled={disabled} onChoose={onChoose} />
            ))
          ) : (
            <div className="guide-mode__group" role="group" aria-labelledby={`${id}-${i}`}>
              <p id={`${id}-${i}`} className="guide-mode__legend">
                {group.legend}
              </p>
              {group.choices.map((choice) => (
                <ChoiceButton
                  key={choice.id}
                  content={content}
                  choice={choice}
                  disabled={disabled}
                  onChoose={onChoose}
                />
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function ChoiceButton({
  content,
  choice,
  disabled,
  onChoose,
}: {
  content: Content;
  choice: GuideChoice;
  disabled: boolean;
  onChoose: (choice: GuideChoice) => void;
}) {
  return (
    <button
      type="button"
      className="btn btn--secondary guide-mode__choice"
      data-choice={choice.id}
      disabled={disabled}
      onClick={() => onChoose(choice)}
    >
      {choiceLabel(content, choice)}
    </button>
  );
}
