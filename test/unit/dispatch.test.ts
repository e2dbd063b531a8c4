import * as assert from 'node:assert/strict';
import type { CommandContext, CommandDeclaration } from '../../src/commands/declaration';
import { COMMANDS } from '../../src/commands/allCommands';
import { commandHandlers } from '../../src/commands/dispatch';
import { handOver, type RunsCommands } from '../../src/commands/handOver';

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

  it('hands each command with its arguments to the bundle that runs it, asking for that bundle only once a command runs (its loader keeps it)', async () => {
    const ran: [string, readonly unknown[]][] = [];
    let loads = 0;
    const bundle: RunsCommands = { runCommand: async (id, args) => void ran.push([id, args]) };
    const runCommand = handOver(() => (loads++, bundle));
    assert.equal(loads, 0, 'nothing loads until a command runs');
    await runCommand('cognito.refresh', ['row']);
    await runCommand('cognito.deleteUser', ['row', ['row', 'other']]);
    assert.deepEqual(ran, [['cognito.refresh', ['row']], ['cognito.deleteUser', ['row', ['row', 'other']]]]);
  });
});
