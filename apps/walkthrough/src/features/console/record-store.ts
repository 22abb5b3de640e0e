import type { CallRecord, CallRecordError } from './call-record.js';
import { MAX_RECORD_CHARS, callRecordToJson, parseCallRecord } from './call-record.js';

/** Where the console keeps the call record: this browser's localStorage, nowhere else. */
export const CALL_RECORD_KEY = 'eulogin-coach.call-record';

/** What is stored, read back: nothing, a record, or a typed reason it was refused. */
export type StoredCallRecord =
  | { readonly kind: 'none' }
  | { readonly kind: 'read'; readonly record: CallRecord }
  | { readonly kind: 'refused'; readonly error: CallRecordError };

/** Reads the stored record; anything unreadable is refused with a typed error. Never throws. */
export function readCallRecord(): StoredCallRecord {
  let text: string | null;
  try {
    text = globalThis.localStorage?.getItem(CALL_RECORD_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const result = parseCallRecord(text);
  return result.ok ? { kind: 'read', record: result.value } : { kind: 'refused', error: result.error };
}

/** Saves the record; false if the browser refused (storage full or blocked) or it is too large to read back. */
export function writeCallRecord(record: CallRecord): boolean {
  const json = callRecordToJson(record);
  if (json.length > MAX_RECORD_CHARS) return false;
  try {
    globalThis.localStorage?.setItem(CALL_RECORD_KEY, json);
    return true;
  } catch {
    return false;
  }
}

export function deleteCallRecord(): void {
  try {
    globalThis.localStorage?.removeItem(CALL_RECORD_KEY);
  } catch {
    // Nothing stored, or storage blocked: nothing to delete.
  }
}
