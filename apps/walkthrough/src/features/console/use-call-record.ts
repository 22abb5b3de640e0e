import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallEntry, CallRecord, CallRecordError } from './call-record.js';
import { appendEntry, newCallRecord } from './call-record.js';
import { deleteCallRecord, readCallRecord, writeCallRecord } from './record-store.js';

export interface CallRecordApi {
  readonly record: CallRecord;
  /** Why the record stored in this browser was refused (a new one started instead); null when there was none. */
  readonly refused: CallRecordError | null;
  readonly add: (entry: CallEntry) => void;
  /** Changes the record with a pure function of it (such as setting the task). */
  readonly update: (change: (record: CallRecord) => CallRecord) => void;
  /** Deletes the stored record and starts a new, empty one. */
  readonly remove: () => void;
  readonly dismissRefused: () => void;
}

/** The call record, read back from this browser at mount and saved there on every change. */
export function useCallRecord(now: () => number): CallRecordApi {
  const [initial] = useState(readCallRecord);
  const [record, setRecord] = useState<CallRecord>(() =>
    initial.kind === 'read' ? initial.record : newCallRecord(now()),
  );
  const [refused, setRefused] = useState<CallRecordError | null>(initial.kind === 'refused' ? initial.error : null);
  // An empty record is not saved, so a refused one stays in storage until the agent records something or deletes it.
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
    // Storage full or blocked: the record stays on screen, to copy or download, but is not kept.
    if (record.entries.length > 0) writeCallRecord(record);
  }, [record]);
  const add = useCallback((entry: CallEntry) => setRecord((r) => appendEntry(r, entry)), []);
  const remove = useCallback(() => {
    deleteCallRecord();
    setRefused(null);
    setRecord(newCallRecord(now()));
  }, [now]);
  // The refused record goes; once something is recorded, this call's record has already taken its place.
  const dismissRefused = useCallback(() => {
    if (latest.current.entries.length === 0) deleteCallRecord();
    setRefused(null);
  }, []);
  return { record, refused, add, update: setRecord, remove, dismissRefused };
}
