// The page's side of the example backend: JSON over fetch, cancelled through the coach's AbortSignal. Any answer
// but a 2xx is a rejected promise with a `PortalApiError`, which the coach shows as "unavailable, try again".

/** A refusal or failure of the example backend, with its `code` (see server/portal-api.ts). */
export class PortalApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(`The portal backend answered ${status} (${code}).`);
    this.name = 'PortalApiError';
  }
}

async function readJson(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown } } | null)?.error;
    throw new PortalApiError(typeof error?.code === 'string' ? error.code : 'unknown', response.status);
  }
  return body;
}

export async function openSession(signal?: AbortSignal): Promise<string> {
  const body = await readJson(await fetch('/api/sessions', { method: 'POST', signal }));
  const id = (body as { sessionId?: unknown } | null)?.sessionId;
  if (typeof id !== 'string') throw new PortalApiError('malformedAnswer', 200);
  return id;
}

export async function callEffect(session: string, effect: string, input: object, signal: AbortSignal) {
  const response = await fetch(`/api/sessions/${session}/effects/${effect}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    signal,
  });
  const body = await readJson(response);
  return (body as { value?: unknown } | null)?.value;
}

/** A mail in the example's stand-in mailbox. */
export interface PortalMail {
  readonly id: string;
  readonly kind: string;
  readonly token: string | null;
}

export async function fetchMailbox(session: string, address: string): Promise<readonly PortalMail[]> {
  const body = await readJson(await fetch(`/api/sessions/${session}/mailbox?address=${encodeURIComponent(address)}`));
  const mails = (body as { mails?: unknown } | null)?.mails;
  if (!Array.isArray(mails)) throw new PortalApiError('malformedAnswer', 200);
  return mails.filter(
    (m): m is PortalMail =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as PortalMail).id === 'string' &&
      typeof (m as PortalMail).kind === 'string' &&
      ((m as PortalMail).token === null || typeof (m as PortalMail).token === 'string'),
  );
}
