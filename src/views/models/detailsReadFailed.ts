import type { ViewModel } from '../../shared/views/viewModel';

/** A details view whose subject could not be read: the error's sentence (never a raw AWS message), and how to retry. */
export function detailsReadFailed(error: unknown): ViewModel {
  const sentence = error instanceof Error && error.name === 'CognitoError' ? error.message : 'Reading the details failed; see the Cognito output channel.';
  return { title: 'Could not read the details', lead: `${sentence} Use Refresh to try again.`, actions: [], sections: [] };
}
