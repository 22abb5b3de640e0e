// @eulogin-coach/machine/rules: the checks EU Login applies to what a person types, one per field and one per
// form, each answering with typed errors (`FieldError`: field, rule, params). Their types are also exported by the
// package root.
export type { Field, FieldError, Rule, RuleParams, RuleResult } from './rule-types.js';
export * from './form-values.js';
export * from './forms.js';
export * from './email.rules.js';
export * from './name.rules.js';
export * from './password.rules.js';
export * from './pin.rules.js';
export * from './label.rules.js';
export * from './code.rules.js';
