import { z } from "zod";
import { safeRedirectPath } from "@/lib/safe-redirect";

/**
 * The emailed sign-in link opens our page (/sign-in/link), never Auth.js's callback: a mail
 * scanner's GET must not use the link up (nor claim an unverified account with it). The page's
 * button posts the same fields to /sign-in/link/confirm, which sends the browser on to Auth.js's
 * callback. These two functions are the two halves of that hand-over.
 */

export const MAGIC_LINK_PAGE = "/sign-in/link";

/** The fields the link carries (Auth.js's callback parameters), as the POST step accepts them. */
export const magicLinkFieldsSchema = z
  .object({
    token: z.string().min(20).max(200),
    email: z.string().min(3).max(254),
    callbackUrl: z.string().max(2000).optional(),
  })
  .strict();

export type MagicLinkFields = z.infer<typeof magicLinkFieldsSchema>;

/** Auth.js's callback URL, as it would have been mailed, turned into the link to our page. */
export function magicLinkPageUrl(authCallbackUrl: string): string {
  const callback = new URL(authCallbackUrl);
  const page = new URL(MAGIC_LINK_PAGE, callback.origin);
  page.search = callback.search;
  return page.toString();
}

/**
 * Where the POST step sends the browser: Auth.js's email callback with the link's token and
 * address, and a path on this site to land on (`siteOrigins`: this site's origins; any other
 * target becomes the dashboard).
 */
export function magicLinkCallbackPath(
  fields: MagicLinkFields,
  siteOrigins: readonly string[],
): string {
  const search = new URLSearchParams({
    callbackUrl: safeRedirectPath(sameSitePath(fields.callbackUrl, siteOrigins)),
    token: fields.token,
    email: fields.email,
  });
  return `/api/auth/callback/nodemailer?${search}`;
}

/** Auth.js mails an absolute callbackUrl on this site: its path and query; elsewhere: none. */
function sameSitePath(
  callbackUrl: string | undefined,
  siteOrigins: readonly string[],
): string | undefined {
  if (callbackUrl === undefined || callbackUrl.startsWith("/")) return callbackUrl;
  try {
    const url = new URL(callbackUrl);
    return siteOrigins.includes(url.origin) ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}
