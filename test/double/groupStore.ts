// A pool's groups and who belongs to them, both ways: a group's members (user indices, in the order they
// joined) and a user's groups (in the order they joined, which is the order of `cognito:groups`). Group
// names are case-sensitive. Deleting a group or a user ends its memberships.

export interface GroupRecord {
  name: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
  created: Date;
  modified: Date;
}

const NONE: readonly string[] = Object.freeze([]);

export class GroupStore {
  private readonly groups = new Map<string, GroupRecord>();
  private readonly members = new Map<string, Set<number>>();
  private readonly memberOf = new Map<number, string[]>();

  list(): GroupRecord[] {
    return [...this.groups.values()];
  }

  get(name: string): GroupRecord | undefined {
    return this.groups.get(name);
  }

  create(group: GroupRecord): void {
    this.groups.set(group.name, group);
    this.members.set(group.name, new Set());
  }

  delete(name: string): void {
    for (const index of this.members.get(name) ?? []) this.leave(name, index);
    this.groups.delete(name);
    this.members.delete(name);
  }

  join(name: string, index: number): void {
    const members = this.members.get(name);
    if (!members || members.has(index)) return;
    members.add(index);
    this.memberOf.set(index, [...(this.memberOf.get(index) ?? []), name]);
  }

  leave(name: string, index: number): void {
    this.members.get(name)?.delete(index);
    const groups = this.memberOf.get(index)?.filter((g) => g !== name);
    if (groups?.length) this.memberOf.set(index, groups);
    else this.memberOf.delete(index);
  }

  /** Ends every membership of a deleted user. */
  forget(index: number): void {
    for (const name of this.memberOf.get(index) ?? []) this.members.get(name)?.delete(index);
    this.memberOf.delete(index);
  }

  /** The user's groups; the array is never changed in place (joining or leaving makes a new one). */
  groupsOf(index: number): readonly string[] {
    return this.memberOf.get(index) ?? NONE;
  }

  membersOf(name: string): number[] {
    return [...(this.members.get(name) ?? [])];
  }
}
