import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { FailureBoundary } from '../src/components/failure-boundary.js';
import { ContentProvider } from '../src/i18n/content-context.js';
import { en } from './helpers.js';

function Failing({ error }: { error: Error }): never {
  throw error;
}

function renderFailing(error: Error) {
  // React reports the caught error on the console; the page is what matters here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ContentProvider locale="en">
      <FailureBoundary>
        <Failing error={error} />
      </FailureBoundary>
    </ContentProvider>,
  );
}

describe('when part of the app fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('explains a download that failed and offers a reload, focused', async () => {
    renderFailing(new TypeError('Failed to fetch dynamically imported module: /assets/coach-app.js'));
    const heading = await screen.findByRole('heading', { level: 2, name: en.ui.app.loadFailed.heading });
    expect(screen.getByText(en.ui.app.loadFailed.body)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.ui.guide.startFresh })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.ui.app.reload })).toBeEnabled();
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('says something went wrong for any other failure, and offers a fresh start too', async () => {
    renderFailing(new Error('a bug'));
    expect(await screen.findByRole('heading', { level: 2, name: en.ui.app.crashed.heading })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.ui.app.reload })).toBeEnabled();
    // A saved position that itself leads to the failure must not trap the person: they can start afresh.
    expect(screen.getByRole('button', { name: en.ui.guide.startFresh })).toBeEnabled();
  });
});
