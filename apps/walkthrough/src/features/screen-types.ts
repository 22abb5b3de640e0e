import type { ComponentType } from 'react';
import type { CoachView, StepId } from '@eulogin-coach/react';

export interface ScreenProps {
  readonly view: CoachView;
}

export type Screen = ComponentType<ScreenProps>;

/** One screen per StepId for a surface: a step without a screen is a type error. */
export type ScreenRegistry = Readonly<Record<StepId, Screen>>;
