import type { Field, Refusal, Rule } from '@eulogin-coach/machine';

export function refuse(field: Field, rule: Rule): Refusal {
  return { kind: 'refused', error: { field, rule } };
}
