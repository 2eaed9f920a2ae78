import { getDb } from "@/db";
import type { CeActivityValues } from "@/db/queries/ce-activities";
import { users } from "@/db/schema";

/** A fresh user row for an integration test; `label` starts the address, to tell tests apart. */
export async function newUser(label: string) {
  const [user] = await getDb()
    .insert(users)
    .values({ email: `${label}-${crypto.randomUUID()}@example.test` })
    .returning();
  return user!;
}

/** A CE activity's values: 3 cardiovascular credits on 2025-08-14, no per-body credits. */
export function ceActivityValues(values: Partial<CeActivityValues> = {}): CeActivityValues {
  return {
    completedOn: "2025-08-14",
    title: "Valve disease review",
    provider: "ASE",
    credits: "3",
    category: "cardiovascular",
    craDomain: null,
    creditsArdms: null,
    creditsCci: null,
    creditsArrt: null,
    creditsArrtSonography: null,
    creditsAbii: null,
    creditsAhra: null,
    notes: null,
    ...values,
  };
}
