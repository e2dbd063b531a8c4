import { COMMANDS } from './allCommands';
import type { CommandContext, CommandDeclaration } from './declaration';

// The runtime side of the declarations: command id → the function that runs it, built from the same list
// package.json's commands are generated from, so every declared id has a handler and no handler lacks a
// declaration. Free of `vscode`: the unit tests run every command through it on nodes of either connection.

/** Runs a command on the node it was invoked on and, from a tree with several rows selected, all of them. */
export type CommandHandler = (node?: unknown, selected?: unknown) => Promise<unknown>;

export type CommandHandlers = Record<string, CommandHandler>;

export function commandHandlers(context: CommandContext, declarations: readonly CommandDeclaration[] = COMMANDS): CommandHandlers {
  return Object.fromEntries(declarations.map((declaration) => [declaration.id, handlerOf(declaration, context)]));
}

/** Only a command declared `many` sees the selection: the others act on the row they were run on. */
function handlerOf({ run, many }: CommandDeclaration, context: CommandContext): CommandHandler {
  return (node, selected) => run(context, node, many && Array.isArray(selected) ? selected : undefined);
}
