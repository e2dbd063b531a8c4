import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/commands/allCommands';
import type { CommandDeclaration } from '../../src/commands/declaration';
import { manifestOf, type ManifestContributions } from '../../src/commands/manifest';
import { repoRoot } from '../runners/paths';
import { manifestDifferences } from '../support/manifestDrift';

// package.json's contributes.commands and contributes.menus are generated from the command declarations
// (src/commands/**/commands.ts) by the build (scripts/generateManifest.js); the checked-in package.json
// must be exactly what they generate, or VS Code would show menus the code does not declare.

const manifest = () => (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { contributes: ManifestContributions }).contributes;
const REGENERATE = 'package.json differs from the command declarations; run `npm run build:dev` (or `node scripts/generateManifest.js`) and commit it:';

describe('package.json is generated from the command declarations', () => {
  it('lists exactly the generated commands and menus, in the generated order', () => {
    const differences = manifestDifferences(manifestOf(COMMANDS), manifest());
    assert.deepEqual(differences, [], `${REGENERATE}\n- ${differences.join('\n- ')}`);
  });

  it('names the command and the field or menu entry that drifted', () => {
    const run = async () => undefined;
    const declared: CommandDeclaration[] = [
      { id: 'cognito.first', title: 'First', rows: [{ on: 'user', group: '8_delete', order: 1 }], run },
      { id: 'cognito.second', title: 'Second', icon: 'add', run },
    ];
    const { commands, menus } = manifestOf(declared);
    const drifted: ManifestContributions = {
      commands: commands.map((c) => (c.command === 'cognito.second' ? { ...c, title: 'Two' } : c)),
      menus: { 'view/item/context': [{ command: 'cognito.first', when: 'view == cognitoUserPools && viewItem =~ /\\buser\\b/', group: '8_delete@2' }] },
    };
    assert.deepEqual(manifestDifferences(manifestOf(declared), drifted), [
      'cognito.second: title is "Two" in package.json, "Second" in its declaration',
      'view/item/context: cognito.first @8_delete@1 when "view == cognitoUserPools && viewItem =~ /\\buser\\b/" is declared but not in package.json',
      'view/item/context: cognito.first @8_delete@2 when "view == cognitoUserPools && viewItem =~ /\\buser\\b/" is in package.json but not declared',
    ]);
    assert.deepEqual(manifestDifferences(manifestOf(declared), { commands: [...commands].reverse(), menus }), ['contributes.commands: the same commands in another order']);
    assert.deepEqual(manifestDifferences(manifestOf(declared), { commands: commands.slice(1), menus }), ['cognito.first is declared but not in package.json\'s commands']);
  });

  it('declares every command once, each with a title', () => {
    const ids = COMMANDS.map((c) => c.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'declared twice');
    assert.deepEqual(COMMANDS.filter((c) => !c.title.trim()).map((c) => c.id), [], 'without a title');
  });

  it('writes a row menu as one token test each, the kind first, a button before its menu entry', () => {
    const run = async () => undefined;
    const declared: CommandDeclaration = {
      id: 'cognito.example',
      title: 'Example',
      icon: 'beaker',
      rows: [{ on: ['user', 'member'], having: ['enabled', 'confirmed'], group: '3_state', order: 4, inline: 2, when: '!cognito.emulatorsOnly' }],
      viewTitle: { group: 'navigation', order: 5 },
      editorTitle: [{ scheme: 'cognito-tokens', group: '1_copy', order: 9 }],
      palette: false,
      run,
    };
    const when = 'view == cognitoUserPools && viewItem =~ /\\b(user|member)\\b/ && viewItem =~ /\\benabled\\b/ && viewItem =~ /\\bconfirmed\\b/ && !cognito.emulatorsOnly';
    assert.deepEqual(manifestOf([declared]), {
      commands: [{ command: 'cognito.example', title: 'Example', category: 'Cognito', icon: '$(beaker)' }],
      menus: {
        commandPalette: [{ command: 'cognito.example', when: 'false' }],
        'view/title': [{ command: 'cognito.example', when: 'view == cognitoUserPools', group: 'navigation@5' }],
        'view/item/context': [
          { command: 'cognito.example', when, group: 'inline@2' },
          { command: 'cognito.example', when, group: '3_state@4' },
        ],
        'editor/title': [{ command: 'cognito.example', when: 'resourceScheme == cognito-tokens', group: '1_copy@9' }],
      },
    });
    assert.throws(() => manifestOf([declared, declared]), /cognito\.example is declared twice/);
    assert.throws(() => manifestOf([{ ...declared, rows: [{ on: 'user', having: 'force-change', group: 'g', order: 1 }] }]), /cognito\.example: the context token "force-change"/);
  });
});
