// Reading saved progress and share codes, which come from outside: typed failures, checked records, phone facts.
import type { AppStage, Permission, PhoneFacts } from '../effects.types.js';
import { isOneOf } from '../registry/choices.js';
import type { DecodeError, DecodeErrorCode, DecodeResult, DecodeSource } from './saved-progress.js';

/** The values of the phone's facts, in the order share codes number them (append-only). */
export const APP_STAGES: readonly AppStage[] = ['notInstalled', 'installed', 'waitingForQr', 'initialised'];
export const PERMISSIONS: readonly Permission[] = ['unknown', 'allowed', 'denied'];

/** A refusal; only share codes are refused as `checksum` (a save has no check characters). */
export const fail = (source: DecodeSource, code: DecodeErrorCode, detail: string): DecodeResult => ({
  ok: false,
  error: { source, code, detail } as DecodeError,
});

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Untrusted phone facts, each read once and checked; null when anything is missing or out of range. */
export function readPhone(value: unknown): PhoneFacts | null {
  if (!isRecord(value)) return null;
  const { app, notifications, camera, screenLock, appInForeground, online } = value;
  if (!isOneOf(APP_STAGES, app) || !isOneOf(PERMISSIONS, notifications) || !isOneOf(PERMISSIONS, camera)) return null;
  if (typeof screenLock !== 'boolean' || typeof appInForeground !== 'boolean' || typeof online !== 'boolean')
    return null;
  return { app, notifications, camera, screenLock, appInForeground, online };
}
