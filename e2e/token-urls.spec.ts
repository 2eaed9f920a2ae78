import { expect, test } from "./fixtures";

/**
 * Finding 17: a URL that carries a token (an emailed link) must never be handed on as a
 * referrer: every such page, and every link route that answers with a redirect, says
 * `Referrer-Policy: no-referrer`. Requests are not followed, so each answer is the link's own.
 */
const TOKEN_URLS = [
  "/reset-password?token=not-a-real-token-0123456789",
  "/unsubscribe?u=someone&k=exam&t=not-a-real-token",
  "/email-change/revert?token=not-a-real-token-0123456789",
  "/email-change/authorize?token=not-a-real-token-0123456789",
  "/verify-email?token=not-a-real-token-0123456789",
  "/verify-email/change?token=not-a-real-token-0123456789",
  "/delete-account/confirm?token=not-a-real-token-0123456789",
  "/api/auth/callback/nodemailer?token=not-a-real-token&email=someone%40example.test",
  "/sign-in/link?token=not-a-real-token-0123456789&email=someone%40example.test",
  "/settings/confirm-it-is-you?token=not-a-real-token-0123456789",
];

for (const url of TOKEN_URLS) {
  test(`no referrer from ${url.split("?")[0]}`, async ({ page }) => {
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
    expect(response.headers()["referrer-policy"], url).toBe("no-referrer");
  });
}
