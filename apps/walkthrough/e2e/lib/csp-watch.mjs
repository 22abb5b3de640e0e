/* global document, window -- callbacks that run in the page */
// Every Content-Security-Policy violation in a browser context: the page's own `securitypolicyviolation` events
// (reported through a binding, which no policy can block) and the console's CSP errors. The runner fails a test
// that leaves any; a spec that provokes one on purpose takes it with `takeCspViolations`.
const watched = new WeakMap();

const REPORTER = '__coachReportCspViolation';

/** Starts recording the violations of every page `context` opens. */
export async function watchCsp(context) {
  const record = { violations: [], waiters: new Set() };
  watched.set(context, record);
  const add = (violation) => {
    record.violations.push(violation);
    for (const waiter of [...record.waiters]) waiter();
  };
  await context.exposeBinding(REPORTER, (_source, text) => add({ source: 'event', text: String(text) }));
  await context.addInitScript((reporter) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window[reporter](
          `${e.effectiveDirective} refused ${e.blockedURI || 'an inline resource'}` +
            ` at ${e.sourceFile || 'the page'}:${e.lineNumber} ${e.sample ? `(${e.sample})` : ''}`.trimEnd(),
        ),
      true,
    );
  }, REPORTER);
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content[ -]Security[ -]Policy/i.test(message.text())) {
      add({ source: 'console', text: message.text() });
    }
  });
}

/** The violations recorded so far in `context`, without forgetting them. */
export function cspViolations(context) {
  return [...(watched.get(context)?.violations ?? [])];
}

/** Hands over (and forgets) the violations recorded so far in `context`. */
export function takeCspViolations(context) {
  const record = watched.get(context);
  return record ? record.violations.splice(0, record.violations.length) : [];
}

/** Resolves once `check(violations)` holds, or fails after `timeout` ms. */
export function untilCspViolations(context, check, timeout = 30_000) {
  const record = watched.get(context);
  if (!record) return Promise.reject(new Error('this context is not watched for CSP violations'));
  return new Promise((resolve, reject) => {
    const waiter = () => {
      if (!check(record.violations)) return;
      done();
      resolve([...record.violations]);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no such CSP violation within ${timeout} ms; got ${JSON.stringify(record.violations)}`));
    }, timeout);
    const done = () => {
      clearTimeout(timer);
      record.waiters.delete(waiter);
    };
    record.waiters.add(waiter);
    waiter();
  });
}
