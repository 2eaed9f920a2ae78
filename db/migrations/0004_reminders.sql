CREATE TABLE "notification_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"off" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"digest" boolean DEFAULT false NOT NULL,
	"paused_until" timestamp with time zone,
	"locale" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"about_date" date NOT NULL,
	"lead_label" text NOT NULL,
	"link" text,
	"send_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"digest_id" uuid,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"handled_by" text,
	"sent_at" timestamp with time zone,
	"failure" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_digest_id_reminders_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."reminders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_user_key_idx" ON "reminders" USING btree ("user_id","key");--> statement-breakpoint
CREATE INDEX "reminders_user_send_idx" ON "reminders" USING btree ("user_id","send_at");--> statement-breakpoint
CREATE INDEX "reminders_unread_idx" ON "reminders" USING btree ("user_id") WHERE "reminders"."read_at" is null;--> statement-breakpoint
CREATE INDEX "reminders_pending_idx" ON "reminders" USING btree ("send_at") WHERE "reminders"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "reminders_digest_idx" ON "reminders" USING btree ("digest_id") WHERE "reminders"."digest_id" is not null;