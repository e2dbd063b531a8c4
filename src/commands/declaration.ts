import type { ProfileInfo } from '../aws/profiles';
import type { Connection } from '../connection/connections';
import type { TreeModel, TreeSource } from '../tree/model';
import type { TreeNode } from '../tree/nodes';
import type { FlowDeps } from './flows/deps';
import type { ConnectionSettingsAccess } from './flows/manageConnections';

// A command is declared once, beside its flow (`commands.ts` in the flow's folder): what a person sees
// (title, icon, the menus it shows in) and what it runs. The build writes package.json's
// contributes.commands and contributes.menus from these declarations (scripts/generateManifest.js, through
// manifest.ts), and the features bundle dispatches on the same list (dispatch.ts). Free of `vscode`, so
// the build and the unit tests load it in plain Node.

/** A kind of tree node: the first token of its row's context value (src/tree/contextValue.ts). */
export type NodeKind = TreeNode['kind'];

/** A user's row or a member's (the same user listed under a group): they offer the same user actions. */
export const USER_ROWS: readonly NodeKind[] = ['user', 'member'];

/** Where a command shows on tree rows: the context menu, and optionally a button on the row. */
export interface RowMenu {
  /** The node kinds whose rows show it, or every row but those of one kind. */
  on: NodeKind | readonly NodeKind[] | { allBut: NodeKind };
  /** State tokens the row must have as well, each matched whole (`confirmed` never matches `unconfirmed`). */
  having?: string | readonly string[];
  /** The context menu's group (`3_state`) and the place in it. */
  group: string;
  order: number;
  /** Also a button on the row, at this place among its buttons. */
  inline?: number;
  /** A further condition on context keys (`!cognito.emulatorsOnly`). */
  when?: string;
}

/** A place in a title bar (the view's, or an editor's): its group (`navigation` is the buttons) and order. */
export interface TitleMenu {
  group: string;
  order: number;
  /** A further condition (`!cognito.connectionList`). */
  when?: string;
}

/** A place in an editor's title bar: of the documents of one URI scheme (Show as Text), or of the rendered
 *  panels of one webview type (`activeWebviewPanelId`). */
export type EditorTitleMenu = TitleMenu & ({ scheme: string } | { webview: string });

/** What a command's run function can use: the flows' dependencies and the tree it runs on. */
export interface CommandContext {
  deps: () => FlowDeps;
  model: TreeModel;
  connections: TreeSource & { get(connectionId: string): Connection | undefined };
  settings: ConnectionSettingsAccess;
  listProfiles: () => Promise<ProfileInfo[]>;
  /** Refuses a profile that is not in the person's AWS config. */
  openSsoLogin: (profile: string) => Promise<void>;
  /** What the active editor shows, for the Tokens view's actions: the sign-in's document URI, from its
   *  rendered panel or its text document. */
  activeSubject: () => unknown;
  /** Renders a details view again: the document of this URI, else the active rendered panel. */
  refreshDetails: (uri: unknown) => Promise<void>;
  /** Opens the active rendered panel's view as a Markdown document. */
  showAsText: () => Promise<void>;
}

export interface CommandDeclaration {
  /** A public contract (keybindings, other extensions, the README): keep it stable. */
  id: `cognito.${string}`;
  title: string;
  /** The palette's prefix; "Cognito" unless said otherwise. */
  category?: string;
  /** A codicon's name (`add`, `copy`), shown where the command is a button. */
  icon?: string;
  /** A `when` clause that greys the command out wherever it shows. */
  enablement?: string;
  /** The context menus of tree rows. */
  rows?: readonly RowMenu[];
  /** The view's title bar. */
  viewTitle?: TitleMenu;
  /** Editors' title bars. */
  editorTitle?: readonly EditorTitleMenu[];
  /** The command palette: shown by default; `false` hides it (commands that cannot ask for their
   *  target), a string shows it only where that `when` clause holds. */
  palette?: false | string;
  /** Acts on every selected row when several are selected; otherwise only on the row it was run on. */
  many?: boolean;
  /**
   * Runs the command on `node`: the tree node it was run on, nothing from the palette, or whatever a
   * keybinding passed (decode it with nodeArguments.ts). `selected` is every selected node, given only to
   * commands declared `many`. Whatever it does, it does on that node's connection.
   */
  run(context: CommandContext, node: unknown, selected?: readonly unknown[]): Promise<unknown>;
}
