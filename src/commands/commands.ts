import { profileName } from '../shared/settings';
import { DETAILS_VIEW_TYPE, TOKENS_VIEW_TYPE } from '../shared/views/viewMessages';
import type { CommandDeclaration } from './declaration';
import { asNode } from './nodeArguments';

// The view's own commands, which run no flow: reload rows, page on, refresh a details view, show a rendered
// view as text, and the "aws sso login" fix on an expired session's error row (ssoLogin.ts opens its terminal).

/** The details views' documents (src/views/detailsView.ts, DETAILS_SCHEME, which imports `vscode`). */
const DETAILS_SCHEME = 'cognito-details';

export const VIEW_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.refresh',
    title: 'Refresh',
    icon: 'refresh',
    rows: [{ on: { allBut: 'loadMore' }, group: '9_refresh', order: 1 }],
    run: async ({ model }, node) => model.refresh(asNode(node)),
  },
  {
    // The view title's Refresh: the whole view, whatever row has focus (VS Code passes it along).
    id: 'cognito.refreshView',
    title: 'Refresh',
    icon: 'refresh',
    viewTitle: { group: 'navigation', order: 9 },
    palette: false,
    run: async ({ model }) => model.refresh(),
  },
  {
    id: 'cognito.loadMore',
    title: 'Load More',
    palette: false,
    run: async ({ model }, arg) => {
      const node = asNode(arg);
      if (node?.kind === 'loadMore') await model.loadMore(node);
    },
  },
  {
    id: 'cognito.refreshDetails',
    title: 'Refresh Details',
    icon: 'refresh',
    editorTitle: [
      { scheme: DETAILS_SCHEME, group: 'navigation', order: 1 },
      { webview: DETAILS_VIEW_TYPE, group: 'navigation', order: 1 },
    ],
    palette: `resourceScheme == ${DETAILS_SCHEME} || activeWebviewPanelId == '${DETAILS_VIEW_TYPE}'`,
    run: async ({ refreshDetails }, uri) => refreshDetails(uri),
  },
  {
    // The rendered views as the Markdown they are made from: to search, select or save it.
    id: 'cognito.showAsText',
    title: 'Show as Text',
    icon: 'file-text',
    editorTitle: [
      { webview: DETAILS_VIEW_TYPE, group: 'navigation', order: 9 },
      { webview: TOKENS_VIEW_TYPE, group: 'navigation', order: 9 },
    ],
    palette: `activeWebviewPanelId == '${DETAILS_VIEW_TYPE}' || activeWebviewPanelId == '${TOKENS_VIEW_TYPE}'`,
    run: async ({ showAsText }) => showAsText(),
  },
  {
    id: 'cognito.ssoLogin',
    title: 'Sign In with AWS SSO (aws sso login)',
    icon: 'sign-in',
    rows: [{ on: 'error', having: 'expiredSession', group: '1_fix', order: 1, inline: 1 }],
    run: async ({ connections, openSsoLogin }, arg) => {
      const node = asNode(arg);
      const connectionId = node && 'connectionId' in node ? node.connectionId : undefined;
      const connection = (connectionId && connections.get(connectionId)) || connections.list()[0];
      await openSsoLogin(profileName(connection?.settings ?? {}, process.env));
    },
  },
];
