import type { Content, GuideModeActionId } from '@eulogin-coach/content';
import type { GuideActionId, GuideChoice } from '@eulogin-coach/guide';

// Every action guide mode offers has a text, and every text belongs to an action: a mismatch fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyActionHasText: Same<GuideActionId, GuideModeActionId> = true;
void everyActionHasText;

/** The text of a question's answer, from the guide texts of the content package. */
function answerText(content: Content, effect: string, answer: string): string {
  const texts = content.guide[effect as keyof Content['guide']];
  return (texts.answers as Readonly<Record<string, string>>)[answer] ?? answer;
}

/** A choice's button text: the outcome for an action that asks, else the action itself. */
export function choiceLabel(content: Content, choice: GuideChoice): string {
  if (choice.answer) return answerText(content, choice.answer.effect, choice.answer.answer);
  return choice.action ? content.guideMode.actions[choice.action] : '';
}

/** The text above an action's outcomes: the action ("I pressed …"), or the question already waiting. */
export function groupLegend(content: Content, choice: GuideChoice): string {
  if (choice.action) return content.guideMode.actions[choice.action];
  return choice.answer ? content.guide[choice.answer.effect].question : '';
}
