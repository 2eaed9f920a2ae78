import { describe, expect, it } from "vitest";
import { assignableRoles, can, canRemove, leavesWithoutOwner } from "./roles";

describe("organization roles", () => {
  it("gives each role exactly its permissions", () => {
    expect(can("owner", "delete_organization")).toBe(true);
    expect(can("owner", "change_roles")).toBe(true);
    expect(can("manager", "invite")).toBe(true);
    expect(can("manager", "change_roles")).toBe(false);
    expect(can("manager", "delete_organization")).toBe(false);
    expect(can("educator", "view")).toBe(true);
    expect(can("educator", "sign_off")).toBe(true);
    expect(can("educator", "invite")).toBe(false);
    expect(can("member", "view")).toBe(false);
    expect(can("member", "sign_off")).toBe(false);
    expect(can("member", "leave")).toBe(true);
    expect(can(null, "view")).toBe(false);
  });

  it("lets managers invite and remove only educators and members", () => {
    expect(assignableRoles("manager")).toEqual(["educator", "member"]);
    expect(assignableRoles("owner")).toContain("owner");
    expect(assignableRoles("educator")).toEqual([]);
    expect(canRemove("manager", "member")).toBe(true);
    expect(canRemove("manager", "manager")).toBe(false);
    expect(canRemove("manager", "owner")).toBe(false);
    expect(canRemove("owner", "manager")).toBe(true);
    expect(canRemove("educator", "member")).toBe(false);
  });

  it("always keeps an owner", () => {
    expect(leavesWithoutOwner({ ownerCount: 1, targetRole: "owner", newRole: null })).toBe(true);
    expect(leavesWithoutOwner({ ownerCount: 1, targetRole: "owner", newRole: "manager" })).toBe(
      true,
    );
    expect(leavesWithoutOwner({ ownerCount: 2, targetRole: "owner", newRole: null })).toBe(false);
    expect(leavesWithoutOwner({ ownerCount: 1, targetRole: "manager", newRole: null })).toBe(false);
  });
});
