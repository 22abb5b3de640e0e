// @eulogin-coach/machine: the coach. What a portal imports to run it (createCoachLogic, connect, resolveConfig),
// and the types of the whole package. The values for rules, saves and share codes, and the registries are subpath
// exports: `@eulogin-coach/machine/rules`, `/persist` and `/registry`.
export { createCoachLogic } from './coach.logic.js';
export { connect } from './connect.js';
export { DEFAULT_CONFIG, resolveConfig } from './config.js';
export { currentStepId, isBusy } from './coach.snapshot.js';
export { progressOf } from './progress.js';
export { EFFECT_NAMES } from './coach.setup.js';
export type { EffectFeatures } from './coach.setup.js';
export { EVENT_TYPES } from './events.js';
export { DEFAULT_PHONE } from './effects.types.js';

export type { CoachConfig } from './config.js';
export type { Feature, Features } from './registry/features.js';
export type { EffectName } from './coach.setup.js';
export type { CoachMachine } from './coach.machine.js';
export type { CoachSnapshot } from './coach.snapshot.js';
export type { CoachView, CoachData } from './connect.js';
export type { Progress } from './progress.js';
export type {
  AccountPage,
  CoachContext,
  CoachEvent,
  CoachEventType,
  EventOf,
  CoachInput,
  FormValues,
  Issued,
  Navigation,
  NoSmartphoneOption,
  NoticeCode,
  RecoverySituation,
  Task,
} from './coach.types.js';
export type {
  AccountSummary,
  AppStage,
  CoachEffects,
  EffectsFor,
  SwitchedOff,
  CredentialOutcome,
  EffectCall,
  EidOutcome,
  EnrolPinOutcome,
  Enrolment,
  KeyAssertionOutcome,
  KeyRegistrationOutcome,
  LinkOutcome,
  LinkPurpose,
  LookupOutcome,
  OtpOutcome,
  Permission,
  PhoneFacts,
  PinApprovalOutcome,
  PinRequest,
  PrepareInput,
  PreparedWorld,
  QrChallenge,
  QrReadOutcome,
  Refusal,
  RegisterOutcome,
  ScanOutcome,
  SetPasswordOutcome,
  SignInOutcome,
} from './effects.types.js';
export type { FlowId, StepDefinition, StepId, StepInfo, Surface } from './registry/steps.registry.js';
export type { AfterAuth, JourneyDefinition, JourneyId } from './registry/journeys.js';
export type { WaitDuration, WhatIfDefinition, WhatIfId, WhatIfKind } from './registry/what-ifs.js';
export type { Fact } from './registry/facts.js';
export type { EidCountry, EmailLanguage, KeyKind, SignInMethod } from './registry/choices.js';
export type { JumpOrigin, JumpPlan } from './navigation/jump-plan.js';
export type { Field, FieldError, Rule, RuleParams, RuleResult } from './rules/rule-types.js';
export type { PersonalData } from './rules/password.rules.js';
export type {
  AppCredentialValues,
  DeviceValues,
  KeyValues,
  NewPasswordValues,
  NewPinValues,
  RegistrationValues,
  ResetRequestValues,
  SignInValues,
} from './rules/form-values.js';
export type {
  DecodeError,
  DecodeErrorCode,
  DecodeResult,
  DecodeSource,
  SaveErrorCode,
  SavedProgress,
} from './persist/saved-progress.js';
export type { GuideAnswer, GuideAnswers, GuideQuestion, GuideQuestionEffect } from './guide/guide-answers.js';
