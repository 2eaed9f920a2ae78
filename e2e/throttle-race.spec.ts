/**
 * Security finding 5: throttles raced. Every attempt checked the count and recorded a failure
 * later, so parallel attempts all passed the check. The attempt is now reserved atomically first.
 */
import { expect, test } from "./fixtures";
import { createUser, e2eDb } from "./support/data";

test("40 parallel wrong passwords from one address reach the password check at most 5 times", async ({
  request,
}) => {
  const user = await createUser();
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const responses = await Promise.all(
    Array.from({ length: 40 }, () =>
      request.post("/api/auth/callback/credentials", {
        form: { email: user.email, password: "wrong-password", csrfToken, callbackUrl: "/" },
        maxRedirects: 0,
      }),
    ),
  );
  const [checked] = await e2eDb()<{ count: number }[]>`
    select count(*)::int as count from audit_events
    where user_id = ${user.id} and event = 'sign_in_failure'`;
  expect(checked?.count).toBeLessThanOrEqual(5);
  expect(responses.filter((response) => response.status() === 429).length).toBe(35);
});
