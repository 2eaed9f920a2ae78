/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { ORGANIZATION_ROLES } from "@/lib/sharing/roles";
import { shareFormFields } from "@/lib/sharing/scope";
import { emailSchema, idSchema, slugSchema } from "@/lib/validation";

const nameSchema = z
  .string()
  .trim()
  .min(1, "Give the organization a name.")
  .max(100, "Use at most 100 characters.");

export const schemas = {
  createOrganizationAction: z.object({ name: nameSchema }).strict(),
  inviteMemberAction: z
    .object({
      organizationId: idSchema,
      email: emailSchema,
      role: z.enum(ORGANIZATION_ROLES, { error: "Choose a role." }),
    })
    .strict(),
  cancelInvitationAction: z.object({ organizationId: idSchema, invitationId: idSchema }).strict(),
  acceptInvitationAction: z
    .object({ token: z.string().min(20).max(200), ...shareFormFields })
    .strict(),
  updateSharingAction: z.object({ organizationId: idSchema, ...shareFormFields }).strict(),
  leaveOrganizationAction: z.object({ organizationId: idSchema }).strict(),
  removeMemberAction: z
    .object({ organizationId: idSchema, userId: z.string().min(1).max(100) })
    .strict(),
  changeRoleAction: z
    .object({
      organizationId: idSchema,
      userId: z.string().min(1).max(100),
      role: z.enum(ORGANIZATION_ROLES),
    })
    .strict(),
  deleteOrganizationAction: z
    .object({ organizationId: idSchema, confirm: z.literal("delete") })
    .strict(),
  requestSignOffAction: z
    .object({
      organizationId: idSchema,
      planId: idSchema,
      milestone: z.union([slugSchema, z.string().regex(/^custom:[0-9a-f-]{36}$/)]),
    })
    .strict(),
  cancelSignOffRequestAction: z.object({ signOffId: idSchema }).strict(),
  confirmSignOffAction: z
    .object({
      organizationId: idSchema,
      signOffId: idSchema,
      comment: z
        .string()
        .trim()
        .max(1000, "Use at most 1,000 characters.")
        .transform((value) => (value === "" ? null : value))
        .optional(),
    })
    .strict(),
  withdrawSignOffAction: z
    .object({
      signOffId: idSchema,
      reason: z.string().trim().min(1, "Give a reason.").max(500, "Use at most 500 characters."),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;
