CREATE TABLE "ce_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"completed_on" date NOT NULL,
	"title" text NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"credits" numeric(6, 2) NOT NULL,
	"category" text NOT NULL,
	"cra_domain" text,
	"credits_ardms" numeric(6, 2),
	"credits_cci" numeric(6, 2),
	"credits_arrt" numeric(6, 2),
	"credits_arrt_sonography" numeric(6, 2),
	"credits_abii" numeric(6, 2),
	"credits_ahra" numeric(6, 2),
	"notes" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ce_activities_title_length" CHECK (char_length("ce_activities"."title") between 1 and 300),
	CONSTRAINT "ce_activities_provider_length" CHECK (char_length("ce_activities"."provider") <= 200),
	CONSTRAINT "ce_activities_notes_length" CHECK (char_length("ce_activities"."notes") <= 2000),
	CONSTRAINT "ce_activities_credits_range" CHECK ("ce_activities"."credits" > 0 and "ce_activities"."credits" < 1000),
	CONSTRAINT "ce_activities_category_known" CHECK ("ce_activities"."category" in ('general', 'abdomen', 'obstetrics-gynecology', 'breast', 'pediatric', 'cardiovascular', 'vascular', 'musculoskeletal', 'physics', 'informatics', 'leadership-management', 'other')),
	CONSTRAINT "ce_activities_cra_domain_known" CHECK ("ce_activities"."cra_domain" is null or "ce_activities"."cra_domain" in ('asset', 'fiscal', 'human-resources', 'operations', 'communication')),
	CONSTRAINT "ce_activities_body_credits_range" CHECK (coalesce("ce_activities"."credits_ardms", 0) between 0 and "ce_activities"."credits"
        and coalesce("ce_activities"."credits_cci", 0) between 0 and "ce_activities"."credits"
        and coalesce("ce_activities"."credits_arrt", 0) between 0 and "ce_activities"."credits"
        and coalesce("ce_activities"."credits_abii", 0) between 0 and "ce_activities"."credits"
        and coalesce("ce_activities"."credits_ahra", 0) between 0 and "ce_activities"."credits"
        and coalesce("ce_activities"."credits_arrt_sonography", 0)
          between 0 and coalesce("ce_activities"."credits_arrt", "ce_activities"."credits"))
);
--> statement-breakpoint
DROP INDEX "held_credentials_user_requirement_idx";--> statement-breakpoint
ALTER TABLE "held_credentials" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "held_credentials" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "held_credentials" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "held_credentials" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "user_profiles" ADD COLUMN "arrt_birth_month" smallint;--> statement-breakpoint
ALTER TABLE "ce_activities" ADD CONSTRAINT "ce_activities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ce_activities_user_log_idx" ON "ce_activities" USING btree ("user_id","completed_on" DESC NULLS LAST,"id") WHERE "ce_activities"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "ce_activities_user_deleted_idx" ON "ce_activities" USING btree ("user_id","deleted_at") WHERE "ce_activities"."deleted_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "held_credentials_one_open_spell_idx" ON "held_credentials" USING btree ("user_id","requirement_slug") WHERE "held_credentials"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "held_credentials_user_requirement_idx" ON "held_credentials" USING btree ("user_id","requirement_slug","earned_on");--> statement-breakpoint
ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_status_matches_end" CHECK (("held_credentials"."status" = 'active') = ("held_credentials"."ended_on" is null));--> statement-breakpoint
ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_end_after_start" CHECK ("held_credentials"."ended_on" is null or "held_credentials"."earned_on" is null or "held_credentials"."ended_on" >= "held_credentials"."earned_on");--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_arrt_birth_month_range" CHECK ("user_profiles"."arrt_birth_month" is null or "user_profiles"."arrt_birth_month" between 1 and 12);