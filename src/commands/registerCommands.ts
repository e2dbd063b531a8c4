import * as vscode from 'vscode';
import { runCommand } from '../ui/runCommand';
import { commandTable, type CommandTableContext } from './commandTable';

// Registers every command of the table (commandTable.ts) with VS Code, each wrapped in runCommand:
// the one place a failure reaches the person.

export function registerCommands(context: CommandTableContext, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return Object.entries(commandTable(context)).map(([id, handler]) => vscode.commands.registerCommand(id, runCommand(log, id, handler)));
}
