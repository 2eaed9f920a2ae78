"use client";

import { createOrganizationAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";

export function CreateOrganizationForm() {
  return (
    <ActionForm
      action={createOrganizationAction}
      submitLabel="Create organization"
      pendingLabel="Creating…"
    >
      {(errors, values) => (
        <TextField
          id="name"
          label="Organization name"
          hint="A department, a practice or a school program. You become its owner."
          defaultValue={values.name}
          errors={errors.name}
          maxLength={100}
          required
        />
      )}
    </ActionForm>
  );
}
