import type { Content, GuideModeActionId } from '@eulogin-coach/content';
import { GUIDE_ACTIONS } from '@eulogin-coach/guide';
import type { GuideActionDefinition, GuideActionId, GuideChoice } from '@eulogin-coach/guide';

// Every action guide mode offers has a text, and every text belongs to an action: a mismatch fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyActionHasText: Same<GuideActionId, GuideModeActionId> = true;
void everyActionHasText;

/** The text of a question's answer, from the guide texts of the content package. */
function answerText(content: Content, effect: string, answer: string): string {
  const texts = content.guide[effect as keyof Content['guide']];
  return (texts.answers as Readonly<Record<string, string>>)[answer] ?? answer;
}

/**
 * Whether a choice is shown on its own, as one button named by its action: an action that asks nothing, or whose
 * text already says the one outcome it reports ("… It moved on and the app asks for my PIN"). The others are shown
 * as outcomes under their action's text.
 */
export function standsAlone(choice: GuideChoice): boolean {
  if (!choice.answer) return true;
  if (!choice.action) return false;
  const definition: GuideActionDefinition = GUIDE_ACTIONS[choice.action];
  return definition.answers?.length === 1;
}

/** A choice's button text: the action itself when it stands alone, else the outcome it reports. */
export function choiceLabel(content: Content, choice: GuideChoice): string {
  if (choice.answer && !standsAlone(choice)) return answerText(content, choice.answer.effect, choice.answer.answer);
  return choice.action ? content.guideMode.actions[choice.action] : '';
}

/** The text above an action's outcomes: the action ("I pressed …"), or the question already waiting. */
export function groupLegend(content: Content, choice: GuideChoice): string {
  if (choice.action) return content.guideMode.actions[choice.action];
  return choice.answer ? content.guide[choice.answer.effect].question : '';
}
