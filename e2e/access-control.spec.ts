/**
 * The access-control matrix: every server action and route handler of the build, called by
 * another user with the first user's ids and by an anonymous caller. It fails when the build has
 * an action or route that the matrix does not list, so a new endpoint can't slip in unchecked.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import { builtActions, callAction } from "./support/actions";
import { createUser, e2eDb, type TestUser } from "./support/data";
import { seedWorld, type World } from "./support/world";
import { extraServerPort } from "./support/ports";
import { startExtraServer } from "./support/servers";

type Entry =
  | { access: "public"; why: string }
  /** Acts only on the caller's own rows: B calling it must leave A's rows as they were. */
  | { access: "own-data"; input: () => Record<string, unknown> }
  /** Names A's rows: B must get "not found" and change nothing. */
  | { access: "owned"; input: (a: World) => Record<string, unknown> };

const ACTIONS: Record<string, Entry> = {
  "app/(public)/sign-in/actions.ts#signInWithPassword": { access: "public", why: "signing in" },
  "app/(public)/sign-in/actions.ts#signInWithEmailLink": {
    access: "public",
    why: "asking for a sign-in link",
  },
  "app/(public)/sign-in/actions.ts#signInWithProvider": { access: "public", why: "starting OAuth" },
  "app/(public)/sign-up/actions.ts#signUp": {
    access: "public",
    why: "creating an account (throttled)",
  },
  "app/(public)/corrections/new/actions.ts#reportCorrection": {
    access: "public",
    why: "anyone may report a catalog error (throttled); touches no user data",
  },
  "app/(app)/actions.ts#signOutAction": { access: "own-data", input: () => ({}) },
  "app/(public)/forgot-password/actions.ts#requestPasswordReset": {
    access: "public",
    why: "asking for a reset link (same answer for every email; throttled)",
  },
  "app/(public)/email-change/actions.ts#revertEmailChangeAction": {
    access: "public",
    why: "the single-use token emailed to the old address is the credential",
  },
  "app/(public)/email-change/actions.ts#authorizeEmailChangeAction": {
    access: "public",
    why: "the single-use token emailed to the account's current address is the credential",
  },
  "app/(public)/reset-password/actions.ts#resetPassword": {
    access: "public",
    why: "the single-use emailed token is the credential",
  },
  "app/(app)/settings/security-actions.ts#changePasswordAction": {
    access: "own-data",
    input: () => ({ currentPassword: "wrong", newPassword: "a different passphrase" }),
  },
  "app/(app)/settings/security-actions.ts#requestEmailChangeAction": {
    access: "own-data",
    input: () => ({ newEmail: "someone-else@example.test" }),
  },
  "app/(app)/settings/security-actions.ts#signOutEverywhereAction": {
    access: "own-data",
    input: () => ({}),
  },
  "app/(app)/onboarding/actions.ts#saveOnboardingAction": {
    access: "own-data",
    input: () => ({}),
  },
  "app/(app)/settings/held-actions.ts#addHeldAction": {
    access: "own-data",
    input: () => ({ requirementSlug: "cci-rcs", earnedOn: "2024-09-20", status: "active" }),
  },
  "app/(app)/settings/held-actions.ts#updateHeldAction": {
    access: "owned",
    input: (a) => ({
      spellId: a.heldSpellId,
      version: 1,
      earnedOn: "2020-01-01",
      status: "active",
    }),
  },
  "app/(app)/settings/held-actions.ts#deleteHeldAction": {
    access: "owned",
    input: (a) => ({ spellId: a.heldSpellId }),
  },
  "app/(app)/upkeep/actions.ts#logActivityAction": {
    access: "own-data",
    input: () => ({
      completedOn: "2025-01-01",
      title: "Intruder's own course",
      credits: "1",
      category: "general",
    }),
  },
  "app/(app)/upkeep/actions.ts#updateActivityAction": {
    access: "owned",
    input: (a) => ({
      activityId: a.ceActivityId,
      version: 1,
      completedOn: "2025-01-01",
      title: "Hijacked",
      credits: "1",
      category: "general",
    }),
  },
  "app/(app)/upkeep/actions.ts#deleteActivityAction": {
    access: "owned",
    input: (a) => ({ activityId: a.ceActivityId }),
  },
  "app/(app)/upkeep/actions.ts#restoreActivityAction": {
    access: "owned",
    input: (a) => ({ activityId: a.ceActivityId }),
  },
  "app/(app)/upkeep/actions.ts#setBirthMonthAction": {
    access: "own-data",
    input: () => ({ month: "3" }),
  },
  "app/(app)/settings/actions.ts#saveSettingsAction": {
    access: "own-data",
    input: () => ({ name: "Intruder", timeZone: "UTC" }),
  },
  "app/(app)/settings/actions.ts#adoptBrowserTimeZoneAction": {
    access: "own-data",
    input: () => ({ timeZone: "UTC" }),
  },
  "app/(app)/settings/actions.ts#regenerateCalendarAction": {
    access: "own-data",
    input: () => ({}),
  },
  "app/(app)/settings/actions.ts#revokeCalendarAction": { access: "own-data", input: () => ({}) },
  "app/(app)/plans/actions.ts#startPathAction": {
    access: "own-data",
    input: () => ({ pathSlug: "pacs-administrator" }),
  },
  "app/(app)/plans/actions.ts#switchToNearerRouteAction": {
    access: "owned",
    input: (a) => ({ planId: a.planId, version: 1 }),
  },
  "app/(app)/eligibility/actions.ts#saveEligibilityProfileAction": {
    access: "own-data",
    input: () => ({ version: "0", "exp.general.months": "99" }),
  },
  "app/(app)/eligibility/actions.ts#addEligibilityMilestoneAction": {
    access: "own-data",
    input: () => ({ requirementSlug: "exp-clinical-12-months", targetSlug: "ardms-ab" }),
  },
  "app/(app)/eligibility/actions.ts#removeEligibilityMilestoneAction": {
    access: "owned",
    input: (a) => ({ id: a.eligibilityMilestoneId }),
  },
  "app/(app)/plans/actions.ts#makePrimaryAction": {
    access: "owned",
    input: (a) => ({ planId: a.planId }),
  },
  "app/(app)/plans/actions.ts#leavePlanAction": {
    access: "owned",
    input: (a) => ({ planId: a.planId }),
  },
  "app/(app)/plans/actions.ts#choosePickAction": {
    access: "owned",
    input: (a) => ({
      planId: a.planId,
      groupKey: "echocardiographer-credential",
      requirementSlug: "cci-rcs",
      version: 1,
    }),
  },
  "app/(app)/plans/actions.ts#toggleNotApplicableAction": {
    access: "owned",
    input: (a) => ({
      planId: a.planId,
      requirementSlug: "ardms-spi",
      notApplicable: "true",
      version: 1,
    }),
  },
  "app/(app)/plans/actions.ts#setStatusAction": {
    access: "owned",
    input: (a) => ({
      planId: a.planId,
      requirementSlug: "ardms-spi",
      status: "waived",
      version: 1,
    }),
  },
  "app/(app)/plans/actions.ts#updateMilestoneAction": {
    access: "owned",
    input: (a) => ({
      planId: a.planId,
      requirementSlug: "ardms-spi",
      status: "waived",
      version: 1,
      notes: "x",
    }),
  },
  "app/(app)/plans/actions.ts#recordAttemptAction": {
    access: "owned",
    input: (a) => ({
      planId: a.planId,
      requirementSlug: "ardms-spi",
      version: 1,
      attemptedOn: "2025-01-01",
      result: "failed",
    }),
  },
  "app/(app)/plans/actions.ts#addCustomMilestoneAction": {
    access: "owned",
    input: (a) => ({ planId: a.planId, title: "Injected" }),
  },
  "app/(app)/plans/actions.ts#updateCustomMilestoneAction": {
    access: "owned",
    input: (a) => ({ milestoneId: a.customMilestoneId, version: 1, title: "Hijacked" }),
  },
  "app/(app)/plans/actions.ts#deleteCustomMilestoneAction": {
    access: "owned",
    input: (a) => ({ milestoneId: a.customMilestoneId }),
  },
  "app/(app)/settings/data-actions.ts#deleteAccountAction": {
    access: "own-data",
    // Deletes only the caller's own account, and only with the caller's own password.
    input: () => ({ password: "not-the-password" }),
  },
  "app/(app)/settings/data-actions.ts#requestAccountDeletionLinkAction": {
    access: "own-data",
    input: () => ({}),
  },
  "app/(app)/notifications/actions.ts#markNotificationsReadAction": {
    access: "own-data",
    input: () => ({}),
  },
  "app/(app)/settings/notifications/actions.ts#saveNotificationPreferencesAction": {
    access: "own-data",
    input: () => ({ on: [], pauseWeeks: "8" }),
  },
  "app/(public)/unsubscribe/actions.ts#unsubscribeAction": {
    access: "public",
    why: "the link's HMAC of (user, kind) is the credential; another user's id fails it (e2e/reminders.spec.ts)",
  },
  // Verification and sign-in methods (security review findings 1 and 2).
  "app/(public)/verify-email/actions.ts#verifyEmailAction": {
    access: "own-data",
    // Only the signed-in user's own token verifies; anyone else's is "expired or not yours".
    input: () => ({ token: "a".repeat(43) }),
  },
  "app/(app)/settings/link-actions.ts#reauthenticateAction": {
    access: "own-data",
    input: () => ({ password: "not-the-password" }),
  },
  "app/(app)/settings/link-actions.ts#requestReauthenticationLinkAction": {
    access: "own-data",
    input: () => ({}),
  },
  "app/(app)/settings/link-actions.ts#confirmReauthenticationAction": {
    access: "own-data",
    input: () => ({ token: "b".repeat(43) }),
  },
  "app/(app)/settings/link-actions.ts#linkProviderAction": {
    access: "own-data",
    input: () => ({ provider: "github" }),
  },
  "app/(app)/settings/link-actions.ts#unlinkProviderAction": {
    access: "owned",
    // The owner has GitHub linked; the intruder names it and must find nothing of theirs.
    input: () => ({ provider: "github" }),
  },
  // Part B: certificates (uploads and downloads are route handlers, below).
  "app/(app)/upkeep/certificate-actions.ts#deleteCertificateAction": {
    access: "owned",
    input: (a) => ({ certificateId: a.certificateId }),
  },
  // Issue 14: sharing, organizations, sign-off (the role matrix is the test further down).
  "app/(app)/sharing/actions.ts#createShareLinkAction": {
    access: "own-data",
    input: () => ({ label: "Intruder", plan: "all", expiresInDays: "30" }),
  },
  "app/(app)/sharing/actions.ts#revokeShareLinkAction": {
    access: "owned",
    input: (a) => ({ linkId: a.shareLinkId }),
  },
  "app/(app)/teams/actions.ts#createOrganizationAction": {
    access: "own-data",
    input: () => ({ name: "Intruder's lab" }),
  },
  "app/(app)/teams/actions.ts#inviteMemberAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, email: "x@example.test", role: "member" }),
  },
  "app/(app)/teams/actions.ts#cancelInvitationAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, invitationId: a.invitationId }),
  },
  "app/(app)/teams/actions.ts#acceptInvitationAction": {
    access: "owned",
    input: () => ({ token: "not-the-invitation-token-at-all", plan: "all" }),
  },
  "app/(app)/teams/actions.ts#updateSharingAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, plan: "all", upkeep: "on" }),
  },
  "app/(app)/teams/actions.ts#leaveOrganizationAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId }),
  },
  "app/(app)/teams/actions.ts#removeMemberAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, userId: "someone" }),
  },
  "app/(app)/teams/actions.ts#changeRoleAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, userId: "someone", role: "owner" }),
  },
  "app/(app)/teams/actions.ts#deleteOrganizationAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, confirm: "delete" }),
  },
  "app/(app)/teams/actions.ts#requestSignOffAction": {
    access: "owned",
    input: (a) => ({
      organizationId: a.organizationId,
      planId: a.planId,
      milestone: "exp-clinical-12-months",
    }),
  },
  "app/(app)/teams/actions.ts#confirmSignOffAction": {
    access: "owned",
    input: (a) => ({ organizationId: a.organizationId, signOffId: a.signOffId }),
  },
  "app/(app)/teams/actions.ts#cancelSignOffRequestAction": {
    access: "owned",
    input: (a) => ({ signOffId: a.signOffId }),
  },
  "app/(app)/teams/actions.ts#withdrawSignOffAction": {
    access: "owned",
    input: (a) => ({ signOffId: a.confirmedSignOffId, reason: "Not theirs to withdraw" }),
  },
};

/** Route handlers: each is public by design, or protected by its own secret. */
const ROUTES: Record<string, string> = {
  "/api/auth/[...nextauth]/route": "Auth.js endpoints (sign-in, callbacks, session, CSRF)",
  "/api/health/route": "health check, no data",
  "/api/calendar/[token]/route":
    "private feed: the unguessable token is the credential (tested below)",
  "/(public)/sign-in/link/confirm/route":
    "the magic link's POST step: same origin, only forwards to Auth.js's callback, whose emailed token is the credential",
  "/verify-email/change/route":
    "email change: the single-use token sent to the new address is the credential",
  "/robots.txt/route": "static",
  "/sitemap.xml/route": "static",
  "/manifest.webmanifest/route": "static",
  "/icon.svg/route": "static",
  "/apple-icon/route": "static",
  "/api/export/route": "signed-in only: returns only the caller's rows (e2e/your-data.spec.ts)",
  "/api/export/csv/route": "signed-in only: returns only the caller's rows (e2e/your-data.spec.ts)",
  "/api/unsubscribe/route":
    "one-click unsubscribe: POST only, the HMAC of (user, kind) is the credential (e2e/reminders.spec.ts)",
  "/api/upkeep/transcript/route":
    "signed-in only, same origin; checks and saves only into the caller's CE log (e2e/upkeep.spec.ts)",
  "/api/import/route":
    "signed-in only, same origin; imports only into the caller's account, ids regenerated (lib/server/upkeep.int.test.ts)",
  "/api/eligibility/paths/route":
    "signed-in only: the caller's own closest paths, 401 otherwise (tested below)",
  "/api/eligibility/paths/[slug]/route":
    "signed-in only: the caller's own verdicts for a path, 401 otherwise (tested below)",
  "/delete-account/confirm/route":
    "signed-in only, plus the caller's own single-use emailed token (e2e/your-data.spec.ts)",
  "/api/export/zip/route":
    "signed-in only: returns only the caller's rows and files (e2e/certificates.spec.ts)",
  "/api/certificates/route":
    "signed-in, same-origin uploads to the caller's own activities only (tested below and in e2e/certificates.spec.ts)",
  "/api/certificates/[id]/route":
    "signed-in only: the caller's own certificate, else 'not found' (tested below)",
  "/share/[token]/files/[id]/route":
    "a share link's certificate: the live link's token is the credential, only while it includes certificates, only its owner's files (tested below)",
  "/(app)/teams/[id]/csv/route":
    "signed-in, and only for roles that view the organization; the same rows and access rule as the page (tested below)",
  "/api/upkeep/packet/route":
    "signed-in only: built from the caller's own rows; takes no id (e2e/certificates.spec.ts)",
};

/**
 * Pages that are not features: each answers 404 unless the server was started for its purpose.
 * The build's pages under these folders must all be listed.
 */
const SWITCHED_PAGES: Record<string, string> = {
  "/(app)/bench/floor/page":
    "npm run bench's floor (signed-in layouts and session check, no data): 404 unless the server started with BENCH_FLOOR=1, read through lib/env.ts (tested below)",
};
const SWITCHED_FOLDERS = ["/(app)/bench/"];

const ENDS_SESSION_OR_REDIRECTS = [
  "#createOrganizationAction",
  "#signOutAction",
  "#signOutEverywhereAction",
  "#leavePlanAction",
];

function buildRoutes(): string[] {
  const manifest = JSON.parse(
    readFileSync(path.resolve(".next/server/app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  return Object.keys(manifest).filter((route) => route.endsWith("/route"));
}

/** Every row user A owns, to compare before and after. */
async function snapshotOf(userId: string) {
  const sql = e2eDb();
  const tables = [
    "plans",
    "progress",
    "custom_milestones",
    "held_credentials",
    "exam_attempts",
    "calendar_feeds",
    "user_profiles",
    "milestone_events",
    "reminders",
    "notification_preferences",
    "ce_activities",
    "eligibility_profiles",
    "eligibility_milestones",
    "certificates",
    "accounts",
    "share_links",
    "organization_members",
    "sign_offs",
    "member_summaries",
  ];
  const result: Record<string, unknown> = {};
  for (const table of tables) {
    result[table] = await sql.unsafe(`select * from ${table} where user_id = $1 order by 1`, [
      userId,
    ]);
  }
  result.user =
    await sql`select id, email, name, password_hash, time_zone from users where id = ${userId}`;
  result.sessions =
    await sql`select id, revoked_at from user_sessions where user_id = ${userId} order by id`;
  result.certificateChunks = await sql`
    select k.certificate_id, k.seq, encode(sha256(k.data), 'hex') as digest
    from certificate_chunks k join certificates c on c.id = k.certificate_id
    where c.user_id = ${userId} order by 1, 2`;
  return result;
}

function worldFor(user: TestUser): Promise<World> {
  return seedWorld(e2eDb(), user.id);
}

test("every server action and route handler of the build is in the matrix", () => {
  const actions = builtActions();
  expect(actions.length).toBeGreaterThan(10);
  expect(
    actions.map((action) => action.key).filter((key) => !ACTIONS[key]),
    "actions missing from the matrix",
  ).toEqual([]);
  expect(
    Object.keys(ACTIONS).filter((key) => !actions.some((action) => action.key === key)),
    "stale matrix rows",
  ).toEqual([]);

  // Every non-public action goes through the one wrapper that validates and requires a user.
  for (const [key, entry] of Object.entries(ACTIONS)) {
    if (entry.access === "public" || key.endsWith("#signOutAction")) continue;
    const [file, name] = key.split("#") as [string, string];
    expect(readFileSync(path.resolve(file), "utf8"), `${key} must use userAction()`).toMatch(
      new RegExp(`export const ${name} = userAction\\(`),
    );
  }

  const routes = buildRoutes();
  expect(
    routes.filter((route) => !ROUTES[route]),
    "route handlers missing from the matrix",
  ).toEqual([]);

  const pages = Object.keys(
    JSON.parse(
      readFileSync(path.resolve(".next/server/app-paths-manifest.json"), "utf8"),
    ) as Record<string, string>,
  );
  expect(
    pages.filter(
      (page) => SWITCHED_FOLDERS.some((folder) => page.startsWith(folder)) && !SWITCHED_PAGES[page],
    ),
    "switched pages missing from the matrix",
  ).toEqual([]);
  expect(Object.keys(SWITCHED_PAGES).filter((page) => !pages.includes(page))).toEqual([]);
});

test(
  "the benchmark floor answers 404 unless the server started with BENCH_FLOOR=1",
  { tag: "@slow" }, // a server of its own, on a fixed port: one at a time
  async ({ browser, playwright, baseURL }) => {
    test.setTimeout(90_000);
    const user = await createUser();
    // The suite's server: no BENCH_FLOOR. 404 anonymous and signed in.
    const anonymous = await playwright.request.newContext({ baseURL });
    const anonymousFloor = await anonymous.get("/bench/floor", { maxRedirects: 0 });
    expect(anonymousFloor.status()).toBe(404);
    await anonymous.dispose();
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInAs(page, user);
    expect((await page.request.get("/bench/floor", { maxRedirects: 0 })).status()).toBe(404);
    await context.close();

    // With BENCH_FLOOR=1: the signed-in page, and the sign-in redirect for anyone else.
    const server = await startExtraServer(extraServerPort(9), { BENCH_FLOOR: "1" });
    try {
      const benchAnonymous = await playwright.request.newContext({ baseURL: server.baseURL });
      const redirected = await benchAnonymous.get("/bench/floor", { maxRedirects: 0 });
      expect(redirected.status()).toBe(307);
      expect(redirected.headers()["location"]).toContain("/sign-in");
      await benchAnonymous.dispose();
      const benchContext = await browser.newContext({ baseURL: server.baseURL });
      const benchPage = await benchContext.newPage();
      await signInAs(benchPage, user);
      const floor = await benchPage.request.get("/bench/floor", { maxRedirects: 0 });
      expect(floor.status()).toBe(200);
      expect(await floor.text()).toContain("Floor");
      expect(floor.headers()["cache-control"]).toContain("no-store");
      await benchContext.close();
    } finally {
      await server.stop();
    }
  },
);

/**
 * Every route handler file (app/**\/route.ts), found on the file system so that a new one can't
 * be forgotten, and for each HTTP method it exports: how to call it with the first user's ids,
 * and what another signed-in user and an anonymous caller may get back. Neither may get the
 * first user's data, and neither may change it.
 */
interface RouteCall {
  url: (a: World & { userId: string }) => string;
  form?: Record<string, string>;
  data?: string | Buffer;
  /** Same-origin requests carry the site's Origin (the routes that check it). */
  sameOrigin?: boolean;
  other: number[];
  anonymous: number[];
  /** Binary answers (ZIP) are not searched for the first user's data. */
  binary?: boolean;
}

const REDIRECT = [302, 303, 307, 308];
const BOGUS_TOKEN = "x".repeat(43);
const ROUTE_CALLS: Record<string, Record<string, RouteCall>> = {
  "/api/auth/[...nextauth]": {
    GET: { url: () => "/api/auth/session", other: [200], anonymous: [200] },
    POST: {
      url: () => "/api/auth/callback/credentials",
      form: { email: "owner", password: "not the password" },
      other: [...REDIRECT, 400, 403, 429],
      anonymous: [...REDIRECT, 400, 403, 429],
    },
  },
  "/api/health": { GET: { url: () => "/api/health", other: [200], anonymous: [200] } },
  "/api/calendar/[token]": {
    GET: { url: (a) => `/api/calendar/${a.planId}`, other: [404], anonymous: [404] },
  },
  "/api/certificates": {
    POST: {
      url: (a) => `/api/certificates?activity=${a.ceActivityId}&name=x.pdf`,
      data: Buffer.from("%PDF-1.4\n% not yours\n"),
      sameOrigin: true,
      other: [404],
      anonymous: [401],
    },
  },
  "/api/certificates/[id]": {
    GET: { url: (a) => `/api/certificates/${a.certificateId}`, other: [404], anonymous: [401] },
  },
  "/api/eligibility/paths": {
    GET: { url: () => "/api/eligibility/paths", other: [200], anonymous: [401] },
  },
  "/api/eligibility/paths/[slug]": {
    GET: { url: () => "/api/eligibility/paths/echocardiographer", other: [200], anonymous: [401] },
  },
  "/api/export": { GET: { url: () => "/api/export", other: [200], anonymous: [401] } },
  "/api/export/csv": { GET: { url: () => "/api/export/csv", other: [200], anonymous: [401] } },
  "/api/export/zip": {
    GET: { url: () => "/api/export/zip", other: [200], anonymous: [401], binary: true },
  },
  "/api/import": {
    POST: {
      url: () => "/api/import",
      data: "{}",
      sameOrigin: true,
      other: [400, 422],
      anonymous: [401],
    },
  },
  "/api/unsubscribe": {
    GET: {
      url: (a) => `/api/unsubscribe?u=${a.userId}&k=all&t=${BOGUS_TOKEN}`,
      other: [405],
      anonymous: [405],
    },
    POST: {
      url: (a) => `/api/unsubscribe?u=${a.userId}&k=all&t=${BOGUS_TOKEN}`,
      other: [400, 403, 404],
      anonymous: [400, 403, 404],
    },
  },
  "/api/upkeep/packet": {
    GET: { url: () => "/api/upkeep/packet?body=ardms", other: [404], anonymous: [401] },
  },
  "/api/upkeep/transcript": {
    POST: {
      url: () => "/api/upkeep/transcript",
      data: "",
      sameOrigin: true,
      // An empty upload is read as an empty transcript: the caller's own, nothing saved.
      other: [200, 400, 411, 413, 415, 422],
      anonymous: [401],
    },
  },
  // No organization of the first user's is visible to anyone else; the proxy sends the
  // anonymous to sign-in.
  "/teams/[id]/csv": {
    GET: { url: () => `/teams/${randomUUID()}/csv`, other: [404], anonymous: REDIRECT },
  },
  // A share link's file: only through a live link that includes certificates.
  "/share/[token]/files/[id]": {
    GET: {
      url: (a) => `/share/${BOGUS_TOKEN}/files/${a.certificateId}`,
      other: [404],
      anonymous: [404],
    },
  },
  "/delete-account/confirm": {
    GET: {
      url: () => `/delete-account/confirm?token=${BOGUS_TOKEN}`,
      other: [...REDIRECT, 400, 404],
      anonymous: REDIRECT,
    },
  },
  "/sign-in/link/confirm": {
    POST: {
      url: () => "/sign-in/link/confirm",
      // Only forwards to Auth.js's callback (not followed here), whose token is the credential.
      form: { token: BOGUS_TOKEN },
      sameOrigin: true,
      other: [303],
      anonymous: [303],
    },
  },
  "/verify-email/change": {
    GET: {
      url: () => `/verify-email/change?token=${BOGUS_TOKEN}`,
      other: [...REDIRECT, 400, 404],
      anonymous: [...REDIRECT, 400, 404],
    },
  },
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every app/**\/route.ts as its URL pattern (route groups dropped), with its exported methods. */
function routeHandlerFiles(): { route: string; methods: string[] }[] {
  const files = readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join("app", file))
    .sort();
  return files.map((file) => {
    const route =
      path
        .dirname(file)
        .split(path.sep)
        .slice(1)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .map((segment) => `/${segment}`)
        .join("") || "/";
    const methods = new Set<string>();
    for (const match of readFileSync(file, "utf8").matchAll(
      /export\s+(?:async\s+)?(?:function\s+|const\s+)(\{[^}]*\}|[A-Z]+)/g,
    )) {
      for (const name of match[1]!.replace(/[{}]/g, "").split(",")) {
        const method = name.trim().split(/\s/)[0]!;
        if (HTTP_METHODS.includes(method)) methods.add(method);
      }
    }
    return { route, methods: [...methods].sort() };
  });
}

test("every route handler file and each method it exports is in the route matrix", () => {
  const found = routeHandlerFiles();
  expect(found.length).toBeGreaterThan(10);
  expect(
    found.flatMap(({ route, methods }) =>
      methods.filter((method) => !ROUTE_CALLS[route]?.[method]).map((m) => `${m} ${route}`),
    ),
    "route handlers missing from ROUTE_CALLS",
  ).toEqual([]);
  expect(
    Object.entries(ROUTE_CALLS).flatMap(([route, calls]) =>
      Object.keys(calls)
        .filter((method) => !found.some((f) => f.route === route && f.methods.includes(method)))
        .map((method) => `${method} ${route}`),
    ),
    "stale rows in ROUTE_CALLS",
  ).toEqual([]);
});

test("every route handler, called with the first user's ids by another user and anonymously, gives away and changes nothing", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const owner = await createUser();
  const world = await worldFor(owner);
  const before = await snapshotOf(owner.id);
  const secrets = [owner.id, owner.email, ...Object.values(world)];

  const intruder = await createUser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, intruder);
  const anonymous = await playwright.request.newContext({ baseURL });

  const callers = [
    ["other", page.request],
    ["anonymous", anonymous],
  ] as const;
  const problems: string[] = [];
  for (const [who, api] of callers) {
    for (const { route, methods } of routeHandlerFiles()) {
      for (const method of methods) {
        const call = ROUTE_CALLS[route]![method]!;
        const label = `${who}: ${method} ${route}`;
        const form = call.form && { ...call.form, email: owner.email };
        const response = await api.fetch(call.url({ ...world, userId: owner.id }), {
          method,
          headers: call.sameOrigin ? { Origin: baseURL! } : {},
          ...(form ? { form } : {}),
          ...(call.data !== undefined ? { data: call.data } : {}),
          maxRedirects: 0,
        });
        if (!call[who].includes(response.status())) {
          problems.push(`${label} answered ${response.status()}, not ${call[who].join("/")}`);
        }
        if (!call.binary) {
          const body = await response.text();
          const leaked = secrets.filter((secret) => body.includes(secret));
          if (leaked.length > 0) problems.push(`${label} gave away ${leaked.join(", ")}`);
        }
      }
    }
  }
  await anonymous.dispose();
  await context.close();
  expect(problems).toEqual([]);
  expect(await snapshotOf(owner.id)).toEqual(before);
});

test("another user with the first user's ids gets 'not found' and changes nothing", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const owner = await createUser();
  const world = await worldFor(owner);
  const intruder = await createUser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, intruder);
  const before = await snapshotOf(owner.id);

  for (const { id, key } of builtActions()) {
    const entry = ACTIONS[key]!;
    // Actions that end the intruder's session or redirect on success are called last, below.
    if (entry.access === "public" || ENDS_SESSION_OR_REDIRECTS.some((name) => key.endsWith(name))) {
      continue;
    }
    const response = await callAction(
      page.request,
      id,
      entry.access === "owned" ? entry.input(world) : entry.input(),
    );
    expect(response.status(), key).toBeLessThan(500);
    if (entry.access === "owned") expect(await response.text(), key).toContain("couldn't find");
  }
  // Leaving a plan redirects on success, so it is checked last and on its own.
  const leave = builtActions().find((action) => action.key.endsWith("#leavePlanAction"))!;
  expect(
    await (await callAction(page.request, leave.id, { planId: world.planId })).text(),
  ).toContain("couldn't find");
  for (const name of ["#signOutEverywhereAction", "#signOutAction"]) {
    const action = builtActions().find((candidate) => candidate.key.endsWith(name))!;
    expect((await callAction(page.request, action.id, {})).status(), name).toBeLessThan(500);
  }

  expect(await snapshotOf(owner.id)).toEqual(before);
  await context.close();
});

test("anonymous callers are refused by every non-public action and change nothing", async ({
  playwright,
  baseURL,
}) => {
  const owner = await createUser();
  const world = await worldFor(owner);
  const before = await snapshotOf(owner.id);
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const { id, key } of builtActions()) {
    const entry = ACTIONS[key]!;
    if (entry.access === "public") continue;
    const response = await callAction(
      anonymous,
      id,
      entry.access === "owned" ? entry.input(world) : entry.input(),
    );
    expect(response.status(), key).toBeLessThan(500);
    const redirect =
      response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "";
    // Signing out with no session just goes home; everything else sends the caller to sign-in.
    expect(redirect, `${key} must refuse anonymous callers`).toContain(
      key.endsWith("#signOutAction") ? "/;push" : "/sign-in",
    );
  }
  expect(await snapshotOf(owner.id)).toEqual(before);
  await anonymous.dispose();
});

test("certificate routes answer only their owner; uploads refuse bad input with a JSON 4xx", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const owner = await createUser();
  const world = await worldFor(owner);
  const before = await snapshotOf(owner.id);
  const pdf = Buffer.from("%PDF-1.4\n% another user's file\n");
  const origin = { Origin: baseURL! };

  // Another signed-in user: "not found" for the owner's file and activity, and nothing changes.
  const intruder = await createUser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, intruder);
  const api = page.request;
  const download = await api.get(`/api/certificates/${world.certificateId}`);
  expect(download.status()).toBe(404);
  expect(await download.json()).toMatchObject({ code: "not_found:certificate" });
  expect((await api.get("/api/certificates/not-a-uuid")).status()).toBe(404);
  const attach = await api.post(`/api/certificates?activity=${world.ceActivityId}&name=x.pdf`, {
    headers: origin,
    data: pdf,
  });
  expect(attach.status()).toBe(404);
  expect(await attach.json()).toMatchObject({ code: "not_found:ce_activity" });
  // The packet is built from the caller's own cycles only: the intruder has none.
  expect((await api.get("/api/upkeep/packet?body=ardms")).status()).toBe(404);
  // Bad input: a 4xx with a JSON error, never a 500.
  const crossSite = await api.post("/api/certificates?name=x.pdf", {
    headers: { Origin: "https://evil.example" },
    data: pdf,
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toMatchObject({ error: expect.stringContaining("this site") });
  const noOrigin = await api.post("/api/certificates?name=x.pdf", { data: pdf });
  expect(noOrigin.status()).toBe(403);
  const wrongType = await api.post("/api/certificates?name=x.pdf", {
    headers: origin,
    data: Buffer.from("just text, renamed .pdf"),
  });
  expect(wrongType.status()).toBe(415);
  const badQuery = await api.post("/api/certificates?activity=nope&name=x.pdf", {
    headers: origin,
    data: pdf,
  });
  expect(badQuery.status()).toBe(400);
  await context.close();

  // Anonymous: refused, with JSON.
  const anonymous = await playwright.request.newContext({ baseURL });
  const anonymousDownload = await anonymous.get(`/api/certificates/${world.certificateId}`);
  expect(anonymousDownload.status()).toBe(401);
  const anonymousUpload = await anonymous.post(
    `/api/certificates?activity=${world.ceActivityId}&name=x.pdf`,
    { headers: origin, data: pdf },
  );
  expect(anonymousUpload.status()).toBe(401);
  expect(await anonymousUpload.json()).toMatchObject({ code: "unauthorized:certificate" });
  expect((await anonymous.get("/api/upkeep/packet?body=ardms")).status()).toBe(401);
  expect((await anonymous.get("/api/export/zip")).status()).toBe(401);
  await anonymous.dispose();

  expect(await snapshotOf(owner.id)).toEqual(before);
});

test("the calendar feed answers only its secret token", async ({ request }) => {
  const guessed = await request.get("/api/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  expect(guessed.status()).toBe(404);
  expect(await guessed.json()).toEqual({ error: expect.stringContaining("not found") });
  expect((await request.get("/api/calendar/..%2F..%2Fetc")).status()).toBe(404);
});

test("the eligibility route handlers answer only a signed-in caller, with only their own data", async ({
  request,
}) => {
  for (const url of ["/api/eligibility/paths", "/api/eligibility/paths/vascular-technologist"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(401);
    expect(response.headers()["cache-control"]).toContain("no-store");
  }
});

test("teams and share links: each role, outsiders, former members and dead links are refused, and the first member's rows stay byte-identical", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const sql = e2eDb();
  const hash = (token: string) => createHash("sha256").update(token).digest("hex");
  const member = await createUser({ name: "First Member" });
  const world = await worldFor(member);
  const [owner, manager, educator, quiet, removed, stranger, outsider, deleted] = await Promise.all(
    Array.from({ length: 8 }, () => createUser()),
  );
  const share = (all: boolean) =>
    sql.json({
      plans: all ? "all" : "none",
      upkeep: all,
      notes: false,
      evidence: false,
      certificates: false,
    });
  const [lab] = await sql<
    { id: string }[]
  >`insert into organizations (name) values ('Lab') returning id`;
  const [other] = await sql<
    { id: string }[]
  >`insert into organizations (name) values ('Other') returning id`;
  for (const [user, role, all] of [
    [owner!, "owner", false],
    [manager!, "manager", false],
    [educator!, "educator", false],
    [member, "member", true],
    [quiet!, "member", false],
    [removed!, "member", true],
    [deleted!, "educator", false],
  ] as const) {
    await sql`insert into organization_members (organization_id, user_id, role, scope)
              values (${lab!.id}, ${user.id}, ${role}, ${share(all)})`;
  }
  await sql`insert into organization_members (organization_id, user_id, role, scope)
            values (${other!.id}, ${outsider!.id}, 'owner', ${share(false)})`;
  await sql`insert into member_summaries (user_id, summary) values (${member.id},
            ${sql.json({ plans: [{ planId: world.planId, title: "Echocardiographer", percent: 7, dated: [], windows: [] }], cycles: [], credentials: [] })})`;
  const [request] = await sql<{ id: string }[]>`
    insert into sign_offs (user_id, organization_id, requirement_slug, milestone_title)
    values (${member.id}, ${lab!.id}, 'exp-clinical-12-months', '12 months') returning id`;
  const [confirmedByEducator] = await sql<{ id: string }[]>`
    insert into sign_offs (user_id, organization_id, requirement_slug, milestone_title, state,
                           author_id, author_name, confirmed_at)
    values (${member.id}, ${lab!.id}, 'exp-cardiac-600-studies', '600 studies', 'confirmed',
            ${educator!.id}, 'Edna', now()) returning id`;
  // Removed: a member who was removed (their row is gone), and an account that was deleted.
  await sql`delete from organization_members where organization_id = ${lab!.id} and user_id = ${removed!.id}`;
  const links = {
    live: `live-${randomUUID()}-token`,
    revoked: `revoked-${randomUUID()}`,
    expired: `expired-${randomUUID()}`,
    noFiles: `nofiles-${randomUUID()}`,
    deleted: `deleted-${randomUUID()}`,
  };
  const scope = (certificates: boolean) =>
    sql.json({ plans: "all", upkeep: true, notes: false, evidence: false, certificates });
  await sql`insert into share_links (user_id, token_hash, label, scope, expires_at, revoked_at) values
    (${member.id}, ${hash(links.live)}, 'Live', ${scope(true)}, now() + interval '1 day', null),
    (${member.id}, ${hash(links.revoked)}, 'Revoked', ${scope(true)}, now() + interval '1 day', now()),
    (${member.id}, ${hash(links.expired)}, 'Expired', ${scope(true)}, now() - interval '1 day', null),
    (${member.id}, ${hash(links.noFiles)}, 'No files', ${scope(false)}, now() + interval '1 day', null),
    (${deleted!.id}, ${hash(links.deleted)}, 'Deleted owner', ${scope(true)}, now() + interval '1 day', null)`;
  const deletedSession = await browser.newContext();
  const deletedPage = await deletedSession.newPage();
  await signInAs(deletedPage, deleted!);
  await sql`delete from users where id = ${deleted!.id}`;

  const before = await snapshotOf(member.id);
  const action = (suffix: string) => builtActions().find((a) => a.key.endsWith(`#${suffix}`))!.id;
  const attempts: [string, Record<string, unknown>][] = [
    ["confirmSignOffAction", { organizationId: lab!.id, signOffId: request!.id }],
    ["inviteMemberAction", { organizationId: lab!.id, email: "new@example.test", role: "member" }],
    ["removeMemberAction", { organizationId: lab!.id, userId: member.id }],
    ["changeRoleAction", { organizationId: lab!.id, userId: member.id, role: "educator" }],
    ["deleteOrganizationAction", { organizationId: lab!.id, confirm: "delete" }],
    ["revokeShareLinkAction", { linkId: world.shareLinkId }],
    ["cancelSignOffRequestAction", { signOffId: request!.id }],
    ["withdrawSignOffAction", { signOffId: confirmedByEducator!.id, reason: "Not mine" }],
  ];
  /** Which attempts each caller may legitimately make (they are skipped for that caller). */
  const allowed: Record<string, string[]> = {
    manager: ["confirmSignOffAction", "inviteMemberAction", "removeMemberAction"],
    educator: ["confirmSignOffAction", "withdrawSignOffAction"],
  };
  const callers: [string, Page | null][] = [];
  for (const [label, user] of [
    ["stranger", stranger!],
    ["member of another organization", outsider!],
    ["member who shares nothing", quiet!],
    ["removed member", removed!],
    ["manager", manager!],
    ["educator", educator!],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, user);
    callers.push([label, page]);
  }
  callers.push(["owner of a deleted account", deletedPage]);

  for (const [label, page] of callers) {
    const role = label === "manager" || label === "educator" ? label : "";
    for (const [name, input] of attempts) {
      if (allowed[role]?.includes(name)) continue;
      const response = await callAction(page!.request, action(name), input);
      expect(response.status(), `${label}: ${name}`).toBeLessThan(500);
      const text = await response.text();
      if (label !== "owner of a deleted account") {
        expect(text, `${label}: ${name}`).toContain("couldn't find");
      } else {
        expect(response.headers()["x-action-redirect"] ?? "", `${label}: ${name}`).toContain(
          "/sign-in",
        );
      }
      expect(await snapshotOf(member.id), `${label}: ${name}`).toEqual(before);
    }
    const view = await page!.request.get(`/teams/${lab!.id}`, { maxRedirects: 0 });
    const csv = await page!.request.get(`/teams/${lab!.id}/csv`, { maxRedirects: 0 });
    if (role) {
      // Roles that view: the member's shared data, never the quiet member's.
      expect(view.status(), label).toBe(200);
      const html = await view.text();
      expect(html).toContain("First Member");
      expect(html).toContain("Echocardiographer: 7%");
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toMatch(/not shared/);
    } else if (label === "member who shares nothing") {
      expect(view.status(), label).toBe(200);
      expect(await view.text()).not.toContain("First Member");
      expect(csv.status(), label).toBe(404);
    } else {
      // The page streams (loading.tsx), so its "not found" may arrive with a 200: what matters is
      // that it holds nothing of the organization's members.
      expect([200, 404, 307], label).toContain(view.status());
      const html = await view.text();
      expect(html, label).not.toContain("First Member");
      expect(html, label).not.toContain("Echocardiographer: 7%");
      expect([404, 401, 307], label).toContain(csv.status());
    }
    expect(await snapshotOf(member.id), label).toEqual(before);
  }

  // Links: revoked, expired, a deleted owner's: "not found"; files only through a live link that
  // includes them, and only the owner's own files.
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/share/${links.live}`)).status()).toBe(200);
  for (const dead of [links.revoked, links.expired, links.deleted, "a".repeat(43)]) {
    expect((await anonymous.get(`/share/${dead}`)).status(), dead).toBe(404);
    expect((await anonymous.get(`/share/${dead}/files/${world.certificateId}`)).status()).toBe(404);
  }
  expect((await anonymous.get(`/share/${links.live}/files/${world.certificateId}`)).status()).toBe(
    200,
  );
  expect(
    (await anonymous.get(`/share/${links.noFiles}/files/${world.certificateId}`)).status(),
  ).toBe(404);
  const otherOwner = await worldFor(await createUser());
  expect(
    (await anonymous.get(`/share/${links.live}/files/${otherOwner.certificateId}`)).status(),
  ).toBe(404);
  await anonymous.dispose();

  // The share-link opening above records its last use: everything else is as it was.
  const after = await snapshotOf(member.id);
  const withoutLinks = (snapshot: Record<string, unknown>) => ({ ...snapshot, share_links: null });
  expect(withoutLinks(after)).toEqual(withoutLinks(before));
});
