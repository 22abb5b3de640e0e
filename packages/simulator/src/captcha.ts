import { CODE_ALPHABET } from './app-codes.js';
import type { SimContext } from './sim-context.js';
import { nextId } from './sim-context.js';

export const CAPTCHA_LENGTH = 6;

/** A new captcha. The challenge is the text the UI draws; the answer is the same text, in any letter case. */
export function issueCaptcha(ctx: SimContext): { readonly id: string; readonly challenge: string } {
  const id = nextId(ctx, 'captcha');
  const answer = ctx.prng.string(CODE_ALPHABET, CAPTCHA_LENGTH);
  ctx.state.captchas[id] = { id, answer };
  return { id, challenge: answer };
}

/** Whether `answer` solves captcha `id`. A captcha stays valid until a request that used it succeeds. */
export function captchaSolved(ctx: SimContext, id: string, answer: string): boolean {
  const captcha = ctx.state.captchas[id];
  return captcha !== undefined && captcha.answer === answer.trim().toUpperCase();
}

export function consumeCaptcha(ctx: SimContext, id: string): void {
  delete ctx.state.captchas[id];
}
