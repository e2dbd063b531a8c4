import * as assert from 'node:assert/strict';
import type { CommandContext, CommandDeclaration } from '../../src/commands/declaration';
import { COMMANDS } from '../../src/commands/allCommands';
import { commandHandlers } from '../../src/commands/dispatch';

// The dispatch runs the declarations themselves: one handler per declared id, and the selection reaches
// only the commands declared `many` (the others act on the row they were run on, as VS Code passes both).

describe('command dispatch from the declarations', () => {
  const context = {} as CommandContext;

  it('has one handler per declared command', () => {
    assert.deepEqual(Object.keys(commandHandlers(context)).sort(), COMMANDS.map((c) => c.id).sort());
  });

  it('gives the selected rows to a command declared many, and only the row it ran on to the others', async () => {
    const seen: Record<string, unknown[]> = {};
    const record = (id: `cognito.${string}`, many?: boolean): CommandDeclaration => ({
      id,
      title: id,
      many,
      run: async (_context, node, selected) => void (seen[id] = [node, selected]),
    });
    const handlers = commandHandlers(context, [record('cognito.several', true), record('cognito.one')]);
    await handlers['cognito.several']('row', ['row', 'other']);
    await handlers['cognito.one']('row', ['row', 'other']);
    assert.deepEqual(seen, { 'cognito.several': ['row', ['row', 'other']], 'cognito.one': ['row', undefined] });
  });
});
