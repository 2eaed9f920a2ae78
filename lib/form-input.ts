/**
 * Server actions are public endpoints: a caller can post anything, not only the FormData our forms
 * send. Anything that isn't FormData becomes one (string fields only), so validation can refuse it
 * with a message instead of a crash.
 */
export function formInput(input: unknown): FormData {
  if (input instanceof FormData) return input;
  const form = new FormData();
  if (input && typeof input === "object" && !Array.isArray(input)) {
    for (const [key, value] of Object.entries(input)) {
      if (typeof value === "string") form.append(key, value);
    }
  }
  return form;
}
