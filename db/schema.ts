/**
 * The one schema file. Tables are plural camelCase exports over snake_case SQL; user-owned rows
 * cascade on user deletion; timestamps carry a time zone. See db/README.md for the why.
 */
import { relations, sql, type SQL } from "drizzle-orm";
import { milestoneStatuses } from "../lib/milestone-status";
import { MILESTONE_LIMITS } from "../lib/plan/limits";
import { CE_CATEGORIES, CRA_DOMAINS } from "../lib/catalog/upkeep";
import { CE_LIMITS, HELD_STATUSES } from "../lib/upkeep/limits";
import { CERTIFICATE_LIMITS, CERTIFICATE_TYPES } from "../lib/upkeep/certificates";
import {
  type AnyPgColumn,
  type PgTable,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

// ---------------------------------------------------------------------------------------------
// Accounts and authentication (Auth.js adapter tables, plus our session and token rows)
// ---------------------------------------------------------------------------------------------

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull().unique(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    /** argon2id; null for accounts that only use magic links or OAuth. */
    passwordHash: text("password_hash"),
    /** IANA zone for "today"; null until set (the browser's zone is used meanwhile). */
    timeZone: text("time_zone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    check("users_email_length", sql`char_length(${table.email}) <= 254`),
    check("users_name_length", sql`char_length(${table.name}) <= 100`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [
    primaryKey({ columns: [table.provider, table.providerAccountId] }),
    index("accounts_user_id_idx").on(table.userId),
  ],
);

/** Auth.js magic-link tokens (hashed by Auth.js before they are stored). */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

/**
 * One row per signed-in device. The JWT carries only this id, so a session can be revoked
 * (sign-out, sign out everywhere, password change) even though Auth.js uses JWT cookies.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** When this session last re-entered its password (or opened an emailed link) in Settings. */
    reauthenticatedAt: timestamp("reauthenticated_at", { withTimezone: true }),
    /** The provider Settings is linking from this session (one attempt, then cleared). */
    linkProvider: text("link_provider"),
  },
  (table) => [index("user_sessions_user_id_idx").on(table.userId)],
);

/** Single-use emailed links we issue ourselves (email verification); stored as SHA-256 hashes. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", {
      enum: [
        "verify_email",
        "reset_password",
        "change_email",
        "delete_account",
        "authorize_email_change",
        "revert_email_change",
        "reauthenticate",
      ],
    }).notNull(),
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("email_tokens_user_id_idx").on(table.userId)],
);

export const usersRelations = relations(users, ({ many, one }) => ({
  accounts: many(accounts),
  sessions: many(userSessions),
  // The user's own records, for reads that take them in one statement (db/queries/dashboard.ts).
  profile: one(userProfiles),
  eligibilityProfile: one(eligibilityProfiles),
  plans: many(plans),
  progress: many(progress),
  customMilestones: many(customMilestones),
  examAttempts: many(examAttempts),
  milestoneEvents: many(milestoneEvents),
  heldCredentials: many(heldCredentials),
  ceActivities: many(ceActivities),
}));

export type User = typeof users.$inferSelect;
export type UserSession = typeof userSessions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Career catalog: a copy of lib/catalog (the typed, version-controlled source), loaded by the
// idempotent seed so that user rows can reference requirements and paths by stable slug.
// The seed upserts by slug and never deletes: an entry that leaves the catalog is retired.
// ---------------------------------------------------------------------------------------------

export const confidenceValues = ["verified", "secondary", "unverified"] as const;
export const requirementKinds = [
  "exam",
  "credential",
  "degree",
  "experience",
  "training",
  "other",
] as const;
export const experienceUnits = [
  "months_full_time",
  "studies",
  "clinical_hours",
  "years_in_role",
  "points",
] as const;

export const catalogSources = pgTable("catalog_sources", {
  slug: text("slug").primaryKey(),
  url: text("url").notNull(),
  title: text("title").notNull(),
  publisher: text("publisher").notNull(),
  updatedAt: updatedAt(),
});

export const catalogWindowRules = pgTable("catalog_window_rules", {
  slug: text("slug").primaryKey(),
  issuer: text("issuer").notNull(),
  name: text("name").notNull(),
  startEvent: text("start_event").notNull(),
  lengthYears: integer("length_years"),
  lengthMonths: integer("length_months"),
  rounding: text("rounding", { enum: ["calendar_year_end", "none"] }).notNull(),
  /** Exemptions, expiry consequence, provenance: read by lib/windows.ts through the typed catalog. */
  rule: jsonb("rule").notNull(),
  confidence: text("confidence", { enum: confidenceValues }).notNull(),
  updatedAt: updatedAt(),
});

export const catalogMaintenanceRules = pgTable("catalog_maintenance_rules", {
  slug: text("slug").primaryKey(),
  issuer: text("issuer").notNull(),
  name: text("name").notNull(),
  renewalFeeUsd: integer("renewal_fee_usd"),
  renewalPeriod: text("renewal_period"),
  creditsAmount: integer("credits_amount"),
  creditsUnit: text("credits_unit"),
  creditsPeriodYears: integer("credits_period_years"),
  rule: jsonb("rule").notNull(),
  updatedAt: updatedAt(),
});

export const catalogRequirements = pgTable(
  "catalog_requirements",
  {
    slug: text("slug").primaryKey(),
    kind: text("kind", { enum: requirementKinds }).notNull(),
    issuer: text("issuer").notNull(),
    code: text("code"),
    name: text("name").notNull(),
    summary: text("summary").notNull(),
    experienceAmount: integer("experience_amount"),
    experienceUnit: text("experience_unit", { enum: experienceUnits }),
    typicalMonths: integer("typical_months").notNull(),
    typicalMonthsIsEstimate: boolean("typical_months_is_estimate").notNull(),
    windowRuleSlug: text("window_rule_slug").references(() => catalogWindowRules.slug),
    maintenanceRuleSlug: text("maintenance_rule_slug").references(
      () => catalogMaintenanceRules.slug,
    ),
    confidence: text("confidence", { enum: confidenceValues }).notNull(),
    /** Facts, eligibility routes and fees, each with its own provenance. */
    facts: jsonb("facts").notNull(),
    retiredOn: date("retired_on"),
    retiredReason: text("retired_reason"),
    updatedAt: updatedAt(),
  },
  (table) => [index("catalog_requirements_kind_idx").on(table.kind)],
);

export const catalogPrerequisites = pgTable(
  "catalog_prerequisites",
  {
    requirementSlug: text("requirement_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    prerequisiteSlug: text("prerequisite_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    reason: text("reason").notNull(),
  },
  (table) => [primaryKey({ columns: [table.requirementSlug, table.prerequisiteSlug] })],
);

export const catalogPaths = pgTable("catalog_paths", {
  slug: text("slug").primaryKey(),
  title: text("title").notNull(),
  category: text("category", {
    enum: ["clinical", "technology", "teaching", "leadership"],
  }).notNull(),
  tagline: text("tagline").notNull(),
  /** Overview, figures (article and BLS kept apart) and provenance. */
  content: jsonb("content").notNull(),
  retiredOn: date("retired_on"),
  updatedAt: updatedAt(),
});

/**
 * All-of / one-of groups: a path step's `satisfiedBy` tree or a credential's `earnedBy` tree.
 * Keys are unique across the catalog; a user's "one of" pick is stored against the key.
 */
export const catalogGroups = pgTable(
  "catalog_groups",
  {
    key: text("key").primaryKey(),
    mode: text("mode", { enum: ["all_of", "one_of"] }).notNull(),
    label: text("label").notNull(),
    pathSlug: text("path_slug").references(() => catalogPaths.slug),
    credentialSlug: text("credential_slug").references(() => catalogRequirements.slug),
    parentKey: text("parent_key"),
  },
  (table) => [
    check(
      "catalog_groups_one_owner",
      sql`(${table.pathSlug} is null) <> (${table.credentialSlug} is null)`,
    ),
  ],
);

export const catalogGroupMembers = pgTable(
  "catalog_group_members",
  {
    groupKey: text("group_key")
      .notNull()
      .references(() => catalogGroups.key, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    requirementSlug: text("requirement_slug").references(() => catalogRequirements.slug),
    childGroupKey: text("child_group_key").references(() => catalogGroups.key, {
      onDelete: "cascade",
    }),
  },
  (table) => [
    primaryKey({ columns: [table.groupKey, table.position] }),
    check(
      "catalog_group_members_one_target",
      sql`(${table.requirementSlug} is null) <> (${table.childGroupKey} is null)`,
    ),
  ],
);

export const catalogPathSteps = pgTable(
  "catalog_path_steps",
  {
    pathSlug: text("path_slug")
      .notNull()
      .references(() => catalogPaths.slug),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    necessity: text("necessity", { enum: ["required", "typical"] }).notNull(),
    /** A step satisfied by a single requirement has no group. */
    groupKey: text("group_key").references(() => catalogGroups.key),
    requirementSlug: text("requirement_slug").references(() => catalogRequirements.slug),
  },
  (table) => [primaryKey({ columns: [table.pathSlug, table.key] })],
);

// ---------------------------------------------------------------------------------------------
// Personal plans and progress. Progress belongs to the requirement, not the plan: an SPI pass
// counts in every plan that needs SPI. Dates are calendar dates (no time of day).
// ---------------------------------------------------------------------------------------------

export { milestoneStatuses, type MilestoneStatus } from "../lib/milestone-status";

/** Milestone text limits as SQL literals (a bound parameter cannot appear in a check constraint). */
const limit = Object.fromEntries(
  Object.entries(MILESTONE_LIMITS).map(([field, max]) => [field, sql.raw(String(max))]),
) as Record<keyof typeof MILESTONE_LIMITS, SQL>;

export const userProfiles = pgTable(
  "user_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Clinical sonography experience, for experience requirements counted in months or years. */
    experienceMonths: integer("experience_months"),
    onboardedAt: timestamp("onboarded_at", { withTimezone: true }),
    /**
     * ARRT holders only: the birth MONTH (1–12) that sets the ARRT biennium. Never the day or
     * year: the cycle needs no more, so no more is asked or kept.
     */
    arrtBirthMonth: smallint("arrt_birth_month"),
    updatedAt: updatedAt(),
  },
  (table) => [
    check(
      "user_profiles_experience_range",
      sql`${table.experienceMonths} is null or ${table.experienceMonths} between 0 and 720`,
    ),
    check(
      "user_profiles_arrt_birth_month_range",
      sql`${table.arrtBirthMonth} is null or ${table.arrtBirthMonth} between 1 and 12`,
    ),
  ],
);

// ---------------------------------------------------------------------------------------------
// Eligibility (issue 13): the profile that answers "can I sit this exam?", and the pieces a user
// added from /eligibility as milestones. The JSON document is validated by
// lib/eligibility/stored-profile.ts (storedProfileSchema) on every write and read.
// ---------------------------------------------------------------------------------------------

export const eligibilityProfiles = pgTable(
  "eligibility_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Education, experience by area, CE, outside credentials … (StoredProfile). */
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    /** Optimistic concurrency, as for milestones. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    check("eligibility_profiles_answers_size", sql`pg_column_size(${table.answers}) <= 65536`),
  ],
);

/** A missing piece the user added from /eligibility, for the exam or credential it opens. */
export const eligibilityMilestones = pgTable(
  "eligibility_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requirementSlug: text("requirement_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    /** The exam or credential it is for. */
    targetSlug: text("target_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("eligibility_milestones_user_requirement_idx").on(
      table.userId,
      table.requirementSlug,
    ),
  ],
);

export type EligibilityProfileRow = typeof eligibilityProfiles.$inferSelect;
export type EligibilityMilestone = typeof eligibilityMilestones.$inferSelect;

export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    pathSlug: text("path_slug")
      .notNull()
      .references(() => catalogPaths.slug),
    isPrimary: boolean("is_primary").notNull().default(false),
    /** "One of" choices: group key → chosen requirement slug. */
    picks: jsonb("picks").$type<Record<string, string>>().notNull().default({}),
    /** Requirements marked "not applicable" for this plan only. */
    notApplicable: jsonb("not_applicable").$type<string[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("plans_user_path_idx").on(table.userId, table.pathSlug),
    uniqueIndex("plans_one_primary_idx")
      .on(table.userId)
      .where(sql`${table.isPrimary}`),
  ],
);

export const progress = pgTable(
  "progress",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requirementSlug: text("requirement_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    status: text("status", { enum: milestoneStatuses }).notNull().default("not_started"),
    targetDate: date("target_date"),
    examDate: date("exam_date"),
    completedDate: date("completed_date"),
    registryNumber: text("registry_number"),
    score: text("score"),
    certificateRef: text("certificate_ref"),
    evidenceUrl: text("evidence_url"),
    notes: text("notes"),
    /** Optimistic concurrency: every update must name the version it read. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("progress_user_requirement_idx").on(table.userId, table.requirementSlug),
    check("progress_notes_length", sql`char_length(${table.notes}) <= ${limit.notes}`),
    check(
      "progress_registry_number_length",
      sql`char_length(${table.registryNumber}) <= ${limit.registryNumber}`,
    ),
    check("progress_score_length", sql`char_length(${table.score}) <= ${limit.score}`),
    check(
      "progress_certificate_ref_length",
      sql`char_length(${table.certificateRef}) <= ${limit.certificateRef}`,
    ),
    check(
      "progress_evidence_url_length",
      sql`char_length(${table.evidenceUrl}) <= ${limit.evidenceUrl}`,
    ),
  ],
);

export const customMilestones = pgTable(
  "custom_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: text("status", { enum: milestoneStatuses }).notNull().default("not_started"),
    targetDate: date("target_date"),
    completedDate: date("completed_date"),
    notes: text("notes"),
    position: integer("position").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("custom_milestones_plan_idx").on(table.planId),
    index("custom_milestones_user_idx").on(table.userId),
    check(
      "custom_milestones_title_length",
      sql`char_length(${table.title}) between 1 and ${limit.title}`,
    ),
    check("custom_milestones_notes_length", sql`char_length(${table.notes}) <= ${limit.notes}`),
  ],
);

/** Every exam sitting, passed or failed: failures stay as history when the exam is retaken. */
export const examAttempts = pgTable(
  "exam_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requirementSlug: text("requirement_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    attemptedOn: date("attempted_on").notNull(),
    result: text("result", { enum: ["passed", "failed"] }).notNull(),
    /** The credential a pass counts under (FE: RDMS or RDCS, once, never both). */
    countsToward: text("counts_toward").references(() => catalogRequirements.slug),
    createdAt: createdAt(),
  },
  // A pass can be followed by another (a retake after the five-year window closed), so passes
  // are not unique; a pass names one credential at most, which keeps FE from counting twice.
  (table) => [index("exam_attempts_user_idx").on(table.userId, table.requirementSlug)],
);

/** History of every change to a milestone: when, which field, old → new. */
export const milestoneEvents = pgTable(
  "milestone_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requirementSlug: text("requirement_slug").references(() => catalogRequirements.slug),
    customMilestoneId: uuid("custom_milestone_id").references(() => customMilestones.id, {
      onDelete: "cascade",
    }),
    planId: uuid("plan_id").references(() => plans.id, { onDelete: "set null" }),
    field: text("field").notNull(),
    oldValue: text("old_value"),
    newValue: text("new_value"),
    createdAt: createdAt(),
  },
  (table) => [
    index("milestone_events_user_created_idx").on(table.userId, table.createdAt),
    index("milestone_events_requirement_idx").on(table.userId, table.requirementSlug),
    // Deleting a custom milestone (cascade) or a plan (set null) must not scan the history
    // (found by `npm run bench`: a sequential scan of 700k rows per delete).
    index("milestone_events_custom_milestone_idx")
      .on(table.customMilestoneId)
      .where(sql`${table.customMilestoneId} is not null`),
    index("milestone_events_plan_idx")
      .on(table.planId)
      .where(sql`${table.planId} is not null`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Credential upkeep (issue 11): what the user holds, as dated spells, and the one CE log that
// lib/upkeep checks against every body's cycle. Credentials earned through a plan's exams are
// derived by lib/plan and never copied here. Part B's certificates reference ce_activities.id.
// ---------------------------------------------------------------------------------------------

/** CE limits as SQL literals (a bound parameter cannot appear in a check constraint). */
const ceLimit = Object.fromEntries(
  Object.entries(CE_LIMITS).map(([field, max]) => [field, sql.raw(String(max))]),
) as Record<keyof typeof CE_LIMITS, SQL>;

const sqlList = (values: readonly string[]) =>
  sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", "));

export { HELD_STATUSES, type HeldStatus } from "../lib/upkeep/limits";

/**
 * Credentials, exams and degrees the user says they hold, one row per SPELL: from earning it to
 * losing it. A credential that lapses and is earned again keeps both rows. `status` is "active"
 * while held (no end date), "lapsed" (not renewed) or "ended" (given up); at most one open spell
 * per requirement, and spells of one requirement never overlap (checked in db/queries/held.ts
 * under a row lock).
 */
export const heldCredentials = pgTable(
  "held_credentials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requirementSlug: text("requirement_slug")
      .notNull()
      .references(() => catalogRequirements.slug),
    /** Null only for declarations made before dates were asked for (undated: no cycle). */
    earnedOn: date("earned_on"),
    status: text("status", { enum: HELD_STATUSES }).notNull().default("active"),
    /** The last day it was held; null while active. */
    endedOn: date("ended_on"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("held_credentials_user_requirement_idx").on(
      table.userId,
      table.requirementSlug,
      table.earnedOn,
    ),
    uniqueIndex("held_credentials_one_open_spell_idx")
      .on(table.userId, table.requirementSlug)
      .where(sql`${table.endedOn} is null`),
    check(
      "held_credentials_status_matches_end",
      sql`(${table.status} = 'active') = (${table.endedOn} is null)`,
    ),
    check(
      "held_credentials_end_after_start",
      sql`${table.endedOn} is null or ${table.earnedOn} is null or ${table.endedOn} >= ${table.earnedOn}`,
    ),
  ],
);

export type HeldCredential = typeof heldCredentials.$inferSelect;

export const ceActivitySources = ["manual", "transcript", "import"] as const;

/**
 * One CE activity, logged once. Credits are exact decimals (numeric(6,2)), never floats; the
 * per-body columns hold what a body grants where it differs from the certificate (ARRT may grant
 * fewer; "0" means the body does not accept it), and ARRT's Sonography share. Deleting sets
 * `deleted_at` (undo clears it); rows deleted more than a day ago are purged on the next delete.
 */
export const ceActivities = pgTable(
  "ce_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    completedOn: date("completed_on").notNull(),
    title: text("title").notNull(),
    provider: text("provider").notNull().default(""),
    credits: numeric("credits", { precision: 6, scale: 2 }).notNull(),
    category: text("category", {
      enum: CE_CATEGORIES.map((c) => c.value) as [string, ...string[]],
    }).notNull(),
    craDomain: text("cra_domain", {
      enum: CRA_DOMAINS.map((d) => d.value) as [string, ...string[]],
    }),
    creditsArdms: numeric("credits_ardms", { precision: 6, scale: 2 }),
    creditsCci: numeric("credits_cci", { precision: 6, scale: 2 }),
    creditsArrt: numeric("credits_arrt", { precision: 6, scale: 2 }),
    creditsArrtSonography: numeric("credits_arrt_sonography", { precision: 6, scale: 2 }),
    creditsAbii: numeric("credits_abii", { precision: 6, scale: 2 }),
    creditsAhra: numeric("credits_ahra", { precision: 6, scale: 2 }),
    notes: text("notes"),
    source: text("source", { enum: ceActivitySources }).notNull().default("manual"),
    /** Optimistic concurrency, as on progress: every update names the version it read. */
    version: integer("version").notNull().default(1),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // The log (newest first) and every upkeep read (dashboard, page, calendar): live rows only.
    index("ce_activities_user_log_idx")
      .on(table.userId, table.completedOn.desc(), table.id)
      .where(sql`${table.deletedAt} is null`),
    index("ce_activities_user_deleted_idx")
      .on(table.userId, table.deletedAt)
      .where(sql`${table.deletedAt} is not null`),
    check(
      "ce_activities_title_length",
      sql`char_length(${table.title}) between 1 and ${ceLimit.title}`,
    ),
    check(
      "ce_activities_provider_length",
      sql`char_length(${table.provider}) <= ${ceLimit.provider}`,
    ),
    check("ce_activities_notes_length", sql`char_length(${table.notes}) <= ${ceLimit.notes}`),
    check(
      "ce_activities_credits_range",
      sql`${table.credits} > 0 and ${table.credits} < ${ceLimit.creditsBelow}`,
    ),
    check(
      "ce_activities_category_known",
      sql`${table.category} in (${sqlList(CE_CATEGORIES.map((c) => c.value))})`,
    ),
    check(
      "ce_activities_cra_domain_known",
      sql`${table.craDomain} is null or ${table.craDomain} in (${sqlList(CRA_DOMAINS.map((d) => d.value))})`,
    ),
    check(
      "ce_activities_body_credits_range",
      sql`coalesce(${table.creditsArdms}, 0) between 0 and ${table.credits}
        and coalesce(${table.creditsCci}, 0) between 0 and ${table.credits}
        and coalesce(${table.creditsArrt}, 0) between 0 and ${table.credits}
        and coalesce(${table.creditsAbii}, 0) between 0 and ${table.credits}
        and coalesce(${table.creditsAhra}, 0) between 0 and ${table.credits}
        and coalesce(${table.creditsArrtSonography}, 0)
          between 0 and coalesce(${table.creditsArrt}, ${table.credits})`,
    ),
  ],
);

export type CeActivityRow = typeof ceActivities.$inferSelect;

/** Raw bytes: postgres.js sends and returns a Buffer for `bytea`. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

/**
 * CE certificates (PDF, PNG, JPEG), kept in Postgres so that the embedded default, backups and
 * account deletion cover them like every other row. One row per file here, its bytes in
 * `certificate_chunks`. A certificate belongs to its user and to at most one CE activity, and an
 * activity has at most one certificate (uploading another replaces it, in one transaction).
 *
 * `ce_activity_id` is `on delete set null`: when a deleted activity is purged (a day after its
 * undo ran out) its certificate is kept, unattached, because it is the person's evidence of CE
 * (ARDMS asks for certificates to be kept four years) and only they should decide to throw it
 * away; it stays listed, downloadable and in the ZIP until they delete it.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ceActivityId: uuid("ce_activity_id").references(() => ceActivities.id, {
      onDelete: "set null",
    }),
    fileName: text("file_name").notNull(),
    /** Decided from the file's first bytes (lib/upkeep/certificates.ts), never from its name. */
    mediaType: text("media_type", { enum: CERTIFICATE_TYPES }).notNull(),
    byteSize: integer("byte_size").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index("certificates_user_idx").on(table.userId, table.createdAt),
    uniqueIndex("certificates_one_per_activity_idx")
      .on(table.ceActivityId)
      .where(sql`${table.ceActivityId} is not null`),
    check(
      "certificates_file_name_length",
      sql`char_length(${table.fileName}) between 1 and ${sql.raw(String(CERTIFICATE_LIMITS.fileName))}`,
    ),
    check(
      "certificates_byte_size_range",
      sql`${table.byteSize} between 1 and ${sql.raw(String(CERTIFICATE_LIMITS.maxBytes))}`,
    ),
    check(
      "certificates_media_type_known",
      sql`${table.mediaType} in (${sqlList(CERTIFICATE_TYPES)})`,
    ),
  ],
);

export type Certificate = typeof certificates.$inferSelect;

/**
 * A certificate's bytes, in order: `seq` 0, 1, 2… of at most `CERTIFICATE_LIMITS.chunkBytes`
 * each, so an upload is written and a download read a chunk at a time, never whole. Deleted with
 * its certificate (and so with its user).
 */
export const certificateChunks = pgTable(
  "certificate_chunks",
  {
    certificateId: uuid("certificate_id")
      .notNull()
      .references(() => certificates.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.certificateId, table.seq] }),
    check("certificate_chunks_seq_range", sql`${table.seq} >= 0`),
    check(
      "certificate_chunks_size_range",
      sql`octet_length(${table.data}) between 1 and ${sql.raw(String(CERTIFICATE_LIMITS.chunkBytes))}`,
    ),
  ],
);

/** Private calendar feed: only the SHA-256 of the secret token is stored. */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
});

/** "Report a correction" on a catalog fact, for the maintainers. */
export const correctionReports = pgTable(
  "correction_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    subjectSlug: text("subject_slug").notNull(),
    factText: text("fact_text"),
    message: text("message").notNull(),
    contactEmail: text("contact_email"),
    createdAt: createdAt(),
  },
  (table) => [
    check(
      "correction_reports_message_length",
      sql`char_length(${table.message}) between 1 and 4000`,
    ),
    check("correction_reports_subject_length", sql`char_length(${table.subjectSlug}) <= 200`),
    check("correction_reports_fact_length", sql`char_length(${table.factText}) <= 500`),
  ],
);

/**
 * Throttling in Postgres, not in memory, so every instance sees the same counts: one row per
 * attempt in a bucket (e.g. "signin-failure", "correction-report") under a key.
 */
export const throttleEvents = pgTable(
  "throttle_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("throttle_events_lookup_idx").on(table.bucket, table.key, table.createdAt)],
);

export type Plan = typeof plans.$inferSelect;
export type Progress = typeof progress.$inferSelect;
export type CustomMilestone = typeof customMilestones.$inferSelect;
export type ExamAttempt = typeof examAttempts.$inferSelect;
export type MilestoneEvent = typeof milestoneEvents.$inferSelect;

/**
 * Security events (sign-in success and failure, sign-out, password change, export, deletion).
 * Never holds a password, token or cookie. When an account is deleted its rows keep only a
 * one-way pseudonym (`subject`), not the user's id or email.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    /** HMAC of the user id (or of the attempted email for unknown accounts). */
    subject: text("subject").notNull(),
    event: text("event").notNull(),
    /** HMAC of the client address: enough to correlate, not to identify. */
    addressHash: text("address_hash"),
    createdAt: createdAt(),
  },
  (table) => [
    index("audit_events_user_idx").on(table.userId, table.createdAt),
    index("audit_events_subject_idx").on(table.subject),
  ],
);

// ---------------------------------------------------------------------------------------------
// Reminders (issue 12): what is reminded, to whom, and how far each reminder got. One row per
// reminder key (user, kind, subject, date, lead), so a reminder is planned once however many
// scans see it; its state moves pending → sending (claimed, with a lease) → sent | failed, or it
// stays in the app (unverified address, mail off). A claim whose lease ran out without "sent"
// may or may not have been mailed: it is never mailed again, and the app says so.
// ---------------------------------------------------------------------------------------------

export const reminderStates = [
  "pending",
  "sending",
  "sent",
  "failed",
  "in_app",
  "in_digest",
] as const;
export type ReminderState = (typeof reminderStates)[number];

export const notificationPreferences = pgTable("notification_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Reminder kinds turned off (lib/reminders REMINDER_KINDS). */
  off: jsonb("off").$type<string[]>().notNull().default([]),
  /** One weekly mail instead of single ones (the 2-day exam reminder still goes alone). */
  digest: boolean("digest").notNull().default(false),
  pausedUntil: timestamp("paused_until", { withTimezone: true }),
  /** The reader's locale for dates in mails, taken from their browser when they save. */
  locale: text("locale"),
  updatedAt: updatedAt(),
});

export const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** kind|subject|date|lead, or digest|week: unique per user. */
    key: text("key").notNull(),
    /** A reminder kind, or "digest". */
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    title: text("title").notNull(),
    detail: text("detail"),
    /** The date the reminder leads up to (the exam, the deadline…); a digest's Monday. */
    aboutDate: date("about_date").notNull(),
    leadLabel: text("lead_label").notNull(),
    /** Where in the app the reminder leads (a plan page), if anywhere. */
    link: text("link"),
    /** When it was (or is) due to go out. */
    sendAt: timestamp("send_at", { withTimezone: true }).notNull(),
    state: text("state", { enum: reminderStates }).notNull(),
    /** A reminder carried by a weekly digest points at the digest's row. */
    digestId: uuid("digest_id").references((): AnyPgColumn => reminders.id, {
      onDelete: "set null",
    }),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    /** The process that claimed it last ("app:1234", "worker:5678"). */
    handledBy: text("handled_by"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Why sending failed, as an error class and code: never an address or a message body. */
    failure: text("failure"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("reminders_user_key_idx").on(table.userId, table.key),
    index("reminders_user_send_idx").on(table.userId, table.sendAt),
    index("reminders_unread_idx")
      .on(table.userId)
      .where(sql`${table.readAt} is null`),
    index("reminders_pending_idx")
      .on(table.sendAt)
      .where(sql`${table.state} = 'pending'`),
    // Deleting a digest (with its user) sets its reminders' digest_id null: no scan for it.
    index("reminders_digest_idx")
      .on(table.digestId)
      .where(sql`${table.digestId} is not null`),
  ],
);

export type Reminder = typeof reminders.$inferSelect;
export type NotificationPreferences = typeof notificationPreferences.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Sharing (issue 14): read-only links, organizations with roles, invitations, the per-member
// summary the team readiness view reads, and sign-offs. What a person shares is a ShareScope
// (lib/sharing/scope.ts), validated on every read.
// ---------------------------------------------------------------------------------------------

export const organizationRoles = ["owner", "manager", "educator", "member"] as const;

/** A read-only view by link; the token is stored only as its SHA-256 hash. */
export const shareLinks = pgTable(
  "share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    /** "For whom": a label only; anyone holding the link sees the view. */
    label: text("label").notNull(),
    scope: jsonb("scope").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("share_links_token_idx").on(table.tokenHash),
    index("share_links_user_idx").on(table.userId),
    check("share_links_label_length", sql`char_length(${table.label}) between 1 and 100`),
  ],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    check("organizations_name_length", sql`char_length(${table.name}) between 1 and 100`),
  ],
);

export const organizationMembers = pgTable(
  "organization_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: organizationRoles }).notNull(),
    /** What this member shares with this organization (a ShareScope). */
    scope: jsonb("scope").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("organization_members_org_user_idx").on(table.organizationId, table.userId),
    index("organization_members_user_idx").on(table.userId),
  ],
);

export const organizationInvitations = pgTable(
  "organization_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Lower-cased; only a signed-in account whose verified email equals it may accept. */
    email: text("email").notNull(),
    role: text("role", { enum: organizationRoles }).notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("organization_invitations_token_idx").on(table.tokenHash),
    index("organization_invitations_org_idx").on(table.organizationId),
    index("organization_invitations_invited_by_idx")
      .on(table.invitedBy)
      .where(sql`${table.invitedBy} is not null`),
  ],
);

/**
 * One row per person: their plans and upkeep summarised by lib/sharing/summary.ts from the plan
 * and upkeep engines, rewritten after every milestone, plan, profile and CE write, so the team
 * view reads a page of members in a bounded number of queries.
 */
export const memberSummaries = pgTable("member_summaries", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  summary: jsonb("summary").notNull(),
  updatedAt: updatedAt(),
});

export const signOffStates = [
  "requested",
  "confirmed",
  "voided",
  "withdrawn",
  "cancelled",
] as const;

/**
 * A member's request that an educator or manager confirm an experience or custom milestone, and
 * the confirmation. The author's id goes (set null) with their account; their display name stays.
 */
export const signOffs = pgTable(
  "sign_offs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    requirementSlug: text("requirement_slug").references(() => catalogRequirements.slug),
    customMilestoneId: uuid("custom_milestone_id").references(() => customMilestones.id, {
      onDelete: "cascade",
    }),
    milestoneTitle: text("milestone_title").notNull(),
    state: text("state", { enum: signOffStates }).notNull().default("requested"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name"),
    comment: text("comment"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
    createdAt: createdAt(),
  },
  (table) => [
    index("sign_offs_user_idx").on(table.userId),
    index("sign_offs_org_idx")
      .on(table.organizationId)
      .where(sql`${table.organizationId} is not null`),
    index("sign_offs_author_idx")
      .on(table.authorId)
      .where(sql`${table.authorId} is not null`),
    index("sign_offs_custom_idx")
      .on(table.customMilestoneId)
      .where(sql`${table.customMilestoneId} is not null`),
    check("sign_offs_comment_length", sql`char_length(${table.comment}) <= 1000`),
  ],
);

export type ShareLink = typeof shareLinks.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type OrganizationMember = typeof organizationMembers.$inferSelect;
export type OrganizationInvitation = typeof organizationInvitations.$inferSelect;
export type SignOff = typeof signOffs.$inferSelect;

// Each record's owner: the other side of usersRelations' entries, which drizzle's relational
// queries need to join them.
const ownedByUser = <T extends { userId: AnyPgColumn }>(table: PgTable & T) =>
  relations(table, ({ one }) => ({
    user: one(users, { fields: [table.userId], references: [users.id] }),
  }));
export const userProfilesRelations = ownedByUser(userProfiles);
export const eligibilityProfilesRelations = ownedByUser(eligibilityProfiles);
export const plansRelations = ownedByUser(plans);
export const progressRelations = ownedByUser(progress);
export const customMilestonesRelations = ownedByUser(customMilestones);
export const examAttemptsRelations = ownedByUser(examAttempts);
export const milestoneEventsRelations = ownedByUser(milestoneEvents);
export const heldCredentialsRelations = ownedByUser(heldCredentials);
export const ceActivitiesRelations = ownedByUser(ceActivities);
