CREATE TABLE "calendar_feeds" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "catalog_group_members" (
	"group_key" text NOT NULL,
	"position" integer NOT NULL,
	"requirement_slug" text,
	"child_group_key" text,
	CONSTRAINT "catalog_group_members_group_key_position_pk" PRIMARY KEY("group_key","position"),
	CONSTRAINT "catalog_group_members_one_target" CHECK (("catalog_group_members"."requirement_slug" is null) <> ("catalog_group_members"."child_group_key" is null))
);
--> statement-breakpoint
CREATE TABLE "catalog_groups" (
	"key" text PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"label" text NOT NULL,
	"path_slug" text,
	"credential_slug" text,
	"parent_key" text,
	CONSTRAINT "catalog_groups_one_owner" CHECK (("catalog_groups"."path_slug" is null) <> ("catalog_groups"."credential_slug" is null))
);
--> statement-breakpoint
CREATE TABLE "catalog_maintenance_rules" (
	"slug" text PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"name" text NOT NULL,
	"renewal_fee_usd" integer,
	"renewal_period" text,
	"credits_amount" integer,
	"credits_unit" text,
	"credits_period_years" integer,
	"rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_path_steps" (
	"path_slug" text NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"necessity" text NOT NULL,
	"group_key" text,
	"requirement_slug" text,
	CONSTRAINT "catalog_path_steps_path_slug_key_pk" PRIMARY KEY("path_slug","key")
);
--> statement-breakpoint
CREATE TABLE "catalog_paths" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"tagline" text NOT NULL,
	"content" jsonb NOT NULL,
	"retired_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_prerequisites" (
	"requirement_slug" text NOT NULL,
	"prerequisite_slug" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "catalog_prerequisites_requirement_slug_prerequisite_slug_pk" PRIMARY KEY("requirement_slug","prerequisite_slug")
);
--> statement-breakpoint
CREATE TABLE "catalog_requirements" (
	"slug" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"experience_amount" integer,
	"experience_unit" text,
	"typical_months" integer NOT NULL,
	"typical_months_is_estimate" boolean NOT NULL,
	"window_rule_slug" text,
	"maintenance_rule_slug" text,
	"confidence" text NOT NULL,
	"facts" jsonb NOT NULL,
	"retired_on" date,
	"retired_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_sources" (
	"slug" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_window_rules" (
	"slug" text PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"name" text NOT NULL,
	"start_event" text NOT NULL,
	"length_years" integer,
	"length_months" integer,
	"rounding" text NOT NULL,
	"rule" jsonb NOT NULL,
	"confidence" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correction_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"subject_slug" text NOT NULL,
	"fact_text" text,
	"message" text NOT NULL,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "correction_reports_message_length" CHECK (char_length("correction_reports"."message") between 1 and 4000),
	CONSTRAINT "correction_reports_subject_length" CHECK (char_length("correction_reports"."subject_slug") <= 200),
	CONSTRAINT "correction_reports_fact_length" CHECK (char_length("correction_reports"."fact_text") <= 500)
);
--> statement-breakpoint
CREATE TABLE "custom_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"target_date" date,
	"completed_date" date,
	"notes" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_milestones_title_length" CHECK (char_length("custom_milestones"."title") between 1 and 200),
	CONSTRAINT "custom_milestones_notes_length" CHECK (char_length("custom_milestones"."notes") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "exam_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"requirement_slug" text NOT NULL,
	"attempted_on" date NOT NULL,
	"result" text NOT NULL,
	"counts_toward" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "held_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"requirement_slug" text NOT NULL,
	"earned_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestone_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"requirement_slug" text,
	"custom_milestone_id" uuid,
	"plan_id" uuid,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"path_slug" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"picks" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"not_applicable" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"requirement_slug" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"target_date" date,
	"exam_date" date,
	"completed_date" date,
	"registry_number" text,
	"score" text,
	"certificate_ref" text,
	"evidence_url" text,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_notes_length" CHECK (char_length("progress"."notes") <= 4000),
	CONSTRAINT "progress_registry_number_length" CHECK (char_length("progress"."registry_number") <= 100),
	CONSTRAINT "progress_score_length" CHECK (char_length("progress"."score") <= 50),
	CONSTRAINT "progress_certificate_ref_length" CHECK (char_length("progress"."certificate_ref") <= 200),
	CONSTRAINT "progress_evidence_url_length" CHECK (char_length("progress"."evidence_url") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "throttle_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"experience_months" integer,
	"onboarded_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_profiles_experience_range" CHECK ("user_profiles"."experience_months" is null or "user_profiles"."experience_months" between 0 and 720)
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_group_members" ADD CONSTRAINT "catalog_group_members_group_key_catalog_groups_key_fk" FOREIGN KEY ("group_key") REFERENCES "public"."catalog_groups"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_group_members" ADD CONSTRAINT "catalog_group_members_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_group_members" ADD CONSTRAINT "catalog_group_members_child_group_key_catalog_groups_key_fk" FOREIGN KEY ("child_group_key") REFERENCES "public"."catalog_groups"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_groups" ADD CONSTRAINT "catalog_groups_path_slug_catalog_paths_slug_fk" FOREIGN KEY ("path_slug") REFERENCES "public"."catalog_paths"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_groups" ADD CONSTRAINT "catalog_groups_credential_slug_catalog_requirements_slug_fk" FOREIGN KEY ("credential_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_path_steps" ADD CONSTRAINT "catalog_path_steps_path_slug_catalog_paths_slug_fk" FOREIGN KEY ("path_slug") REFERENCES "public"."catalog_paths"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_path_steps" ADD CONSTRAINT "catalog_path_steps_group_key_catalog_groups_key_fk" FOREIGN KEY ("group_key") REFERENCES "public"."catalog_groups"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_path_steps" ADD CONSTRAINT "catalog_path_steps_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_prerequisites" ADD CONSTRAINT "catalog_prerequisites_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_prerequisites" ADD CONSTRAINT "catalog_prerequisites_prerequisite_slug_catalog_requirements_slug_fk" FOREIGN KEY ("prerequisite_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_requirements" ADD CONSTRAINT "catalog_requirements_window_rule_slug_catalog_window_rules_slug_fk" FOREIGN KEY ("window_rule_slug") REFERENCES "public"."catalog_window_rules"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_requirements" ADD CONSTRAINT "catalog_requirements_maintenance_rule_slug_catalog_maintenance_rules_slug_fk" FOREIGN KEY ("maintenance_rule_slug") REFERENCES "public"."catalog_maintenance_rules"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_reports" ADD CONSTRAINT "correction_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_milestones" ADD CONSTRAINT "custom_milestones_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_milestones" ADD CONSTRAINT "custom_milestones_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_counts_toward_catalog_requirements_slug_fk" FOREIGN KEY ("counts_toward") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_events" ADD CONSTRAINT "milestone_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_events" ADD CONSTRAINT "milestone_events_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_events" ADD CONSTRAINT "milestone_events_custom_milestone_id_custom_milestones_id_fk" FOREIGN KEY ("custom_milestone_id") REFERENCES "public"."custom_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_events" ADD CONSTRAINT "milestone_events_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_path_slug_catalog_paths_slug_fk" FOREIGN KEY ("path_slug") REFERENCES "public"."catalog_paths"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress" ADD CONSTRAINT "progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress" ADD CONSTRAINT "progress_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_requirements_kind_idx" ON "catalog_requirements" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "custom_milestones_plan_idx" ON "custom_milestones" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "custom_milestones_user_idx" ON "custom_milestones" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "exam_attempts_user_idx" ON "exam_attempts" USING btree ("user_id","requirement_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "held_credentials_user_requirement_idx" ON "held_credentials" USING btree ("user_id","requirement_slug");--> statement-breakpoint
CREATE INDEX "milestone_events_user_created_idx" ON "milestone_events" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "milestone_events_requirement_idx" ON "milestone_events" USING btree ("user_id","requirement_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_user_path_idx" ON "plans" USING btree ("user_id","path_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_primary_idx" ON "plans" USING btree ("user_id") WHERE "plans"."is_primary";--> statement-breakpoint
CREATE UNIQUE INDEX "progress_user_requirement_idx" ON "progress" USING btree ("user_id","requirement_slug");--> statement-breakpoint
CREATE INDEX "throttle_events_lookup_idx" ON "throttle_events" USING btree ("bucket","key","created_at");