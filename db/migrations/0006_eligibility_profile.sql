CREATE TABLE "eligibility_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"requirement_slug" text NOT NULL,
	"target_slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eligibility_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eligibility_profiles_answers_size" CHECK (pg_column_size("eligibility_profiles"."answers") <= 65536)
);
--> statement-breakpoint
ALTER TABLE "eligibility_milestones" ADD CONSTRAINT "eligibility_milestones_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_milestones" ADD CONSTRAINT "eligibility_milestones_requirement_slug_catalog_requirements_slug_fk" FOREIGN KEY ("requirement_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_milestones" ADD CONSTRAINT "eligibility_milestones_target_slug_catalog_requirements_slug_fk" FOREIGN KEY ("target_slug") REFERENCES "public"."catalog_requirements"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_profiles" ADD CONSTRAINT "eligibility_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "eligibility_milestones_user_requirement_idx" ON "eligibility_milestones" USING btree ("user_id","requirement_slug");--> statement-breakpoint
-- Migrate, never drop: the old "years of clinical sonography experience" answer becomes clinical
-- sonography with no area stated, and the person is asked to split it by area. The number moves
-- into the new profile (the column stays, emptied, so no fact has two homes).
INSERT INTO "eligibility_profiles" ("user_id", "answers")
SELECT "user_id",
       jsonb_build_object(
         'version', 1,
         'experience', jsonb_build_object(
           'clinical', jsonb_build_object(
             'unspecified', jsonb_build_object('fullTimeMonths', "experience_months"))),
         'splitLegacyExperience', true)
FROM "user_profiles"
WHERE "experience_months" IS NOT NULL
ON CONFLICT ("user_id") DO NOTHING;--> statement-breakpoint
UPDATE "user_profiles" SET "experience_months" = NULL WHERE "experience_months" IS NOT NULL;
