import type { ManifestContributions, ManifestCommand, MenuEntry } from '../../src/commands/manifest';

// The differences between package.json's commands and menus and what the command declarations generate,
// one sentence each, naming the command and the field or menu entry: what test/unit/manifest.test.ts
// reports when the checked-in package.json has drifted from the declarations.

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const entryName = (entry: MenuEntry) => `${entry.command}${entry.group ? ` @${entry.group}` : ''} when "${entry.when}"`;

export function manifestDifferences(generated: ManifestContributions, manifest: Partial<ManifestContributions>): string[] {
  const differences = [...commandDifferences(generated.commands, manifest.commands ?? [])];
  const menus = new Set([...Object.keys(generated.menus), ...Object.keys(manifest.menus ?? {})]);
  for (const menu of menus) differences.push(...menuDifferences(menu, generated.menus[menu] ?? [], manifest.menus?.[menu] ?? []));
  if (differences.length > 0) return differences;
  // The same content in another order is still a difference: the generator writes one order.
  if (JSON.stringify(generated.commands) !== JSON.stringify(manifest.commands)) differences.push('contributes.commands: the same commands in another order');
  if (JSON.stringify(Object.keys(generated.menus)) !== JSON.stringify(Object.keys(manifest.menus ?? {}))) differences.push('contributes.menus: the same menus in another order');
  for (const menu of menus) {
    if (JSON.stringify(generated.menus[menu]) !== JSON.stringify(manifest.menus?.[menu])) differences.push(`${menu}: the same entries in another order`);
  }
  return differences;
}

function commandDifferences(generated: ManifestCommand[], listed: ManifestCommand[]): string[] {
  const differences: string[] = [];
  const byId = new Map(listed.map((c) => [c.command, c]));
  for (const declared of generated) {
    const found = byId.get(declared.command);
    if (!found) {
      differences.push(`${declared.command} is declared but not in package.json's commands`);
      continue;
    }
    for (const field of new Set([...Object.keys(declared), ...Object.keys(found)]) as Set<keyof ManifestCommand>) {
      if (declared[field] !== found[field]) differences.push(`${declared.command}: ${field} is ${show(found[field])} in package.json, ${show(declared[field])} in its declaration`);
    }
  }
  const declaredIds = new Set(generated.map((c) => c.command));
  for (const c of listed) if (!declaredIds.has(c.command)) differences.push(`${c.command} is in package.json's commands but has no declaration`);
  return differences;
}

function menuDifferences(menu: string, generated: MenuEntry[], listed: MenuEntry[]): string[] {
  const key = (entry: MenuEntry) => JSON.stringify([entry.command, entry.group, entry.when, Object.keys(entry).sort()]);
  const listedKeys = new Set(listed.map(key));
  const generatedKeys = new Set(generated.map(key));
  return [
    ...generated.filter((entry) => !listedKeys.has(key(entry))).map((entry) => `${menu}: ${entryName(entry)} is declared but not in package.json`),
    ...listed.filter((entry) => !generatedKeys.has(key(entry))).map((entry) => `${menu}: ${entryName(entry)} is in package.json but not declared`),
  ];
}
