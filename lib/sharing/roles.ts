/**
 * Roles in an organization, as data: what each may do. Pure; every team action asks `can()`.
 * - owner: everything, including roles and deleting the organization;
 * - manager: invite and remove members and educators, view, sign off;
 * - educator: view, sign off;
 * - member: share, leave.
 * Everyone may change what they share and leave (the last owner only after a transfer).
 */
export const ORGANIZATION_ROLES = ["owner", "manager", "educator", "member"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ROLE_LABELS: Record<OrganizationRole, string> = {
  owner: "Owner",
  manager: "Manager",
  educator: "Educator",
  member: "Member",
};

export type TeamPermission =
  | "view"
  | "sign_off"
  | "invite"
  | "remove"
  | "change_roles"
  | "delete_organization"
  | "share"
  | "leave";

const PERMISSIONS: Record<OrganizationRole, readonly TeamPermission[]> = {
  owner: [
    "view",
    "sign_off",
    "invite",
    "remove",
    "change_roles",
    "delete_organization",
    "share",
    "leave",
  ],
  manager: ["view", "sign_off", "invite", "remove", "share", "leave"],
  educator: ["view", "sign_off", "share", "leave"],
  member: ["share", "leave"],
};

export function can(
  role: OrganizationRole | null | undefined,
  permission: TeamPermission,
): boolean {
  return role ? PERMISSIONS[role].includes(permission) : false;
}

/** The roles an actor may give when inviting (or set when changing a role). */
export function assignableRoles(role: OrganizationRole | null | undefined): OrganizationRole[] {
  if (role === "owner") return [...ORGANIZATION_ROLES];
  if (role === "manager") return ["educator", "member"];
  return [];
}

/** Removing someone: owners remove anyone but themselves; managers only educators and members. */
export function canRemove(
  actor: OrganizationRole | null | undefined,
  target: OrganizationRole,
): boolean {
  if (!can(actor, "remove")) return false;
  return assignableRoles(actor).includes(target);
}

/**
 * There is always an owner: a change that leaves the organization without one (the last owner
 * leaving, being demoted or removed, or deleting their account) is refused.
 */
export function leavesWithoutOwner(input: {
  ownerCount: number;
  targetRole: OrganizationRole;
  newRole: OrganizationRole | null;
}): boolean {
  return input.targetRole === "owner" && input.newRole !== "owner" && input.ownerCount <= 1;
}
