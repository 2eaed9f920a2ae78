CREATE TABLE "certificate_chunks" (
	"certificate_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "certificate_chunks_certificate_id_seq_pk" PRIMARY KEY("certificate_id","seq"),
	CONSTRAINT "certificate_chunks_seq_range" CHECK ("certificate_chunks"."seq" >= 0),
	CONSTRAINT "certificate_chunks_size_range" CHECK (octet_length("certificate_chunks"."data") between 1 and 262144)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"ce_activity_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_file_name_length" CHECK (char_length("certificates"."file_name") between 1 and 200),
	CONSTRAINT "certificates_byte_size_range" CHECK ("certificates"."byte_size" between 1 and 10485760),
	CONSTRAINT "certificates_media_type_known" CHECK ("certificates"."media_type" in ('application/pdf', 'image/png', 'image/jpeg'))
);
--> statement-breakpoint
ALTER TABLE "certificate_chunks" ADD CONSTRAINT "certificate_chunks_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_ce_activity_id_ce_activities_id_fk" FOREIGN KEY ("ce_activity_id") REFERENCES "public"."ce_activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificates_user_idx" ON "certificates" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_one_per_activity_idx" ON "certificates" USING btree ("ce_activity_id") WHERE "certificates"."ce_activity_id" is not null;--> statement-breakpoint
-- Certificates are PDFs and images, already compressed: store the chunks out of line without
-- another round of compression (TOAST's default would spend CPU to gain nothing).
ALTER TABLE "certificate_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
