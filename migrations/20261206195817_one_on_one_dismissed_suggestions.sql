CREATE TABLE "one_on_one_dismissed_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"dismissed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "one_on_one_dismissed_suggestions" ADD CONSTRAINT "one_on_one_dismissed_suggestions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_dismissed_suggestions" ADD CONSTRAINT "one_on_one_dismissed_suggestions_series_id_one_on_one_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."one_on_one_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_dismissed_suggestions" ADD CONSTRAINT "one_on_one_dismissed_suggestions_dismissed_by_people_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "one_on_one_dismissed_suggestions_uq" ON "one_on_one_dismissed_suggestions" USING btree ("series_id","source","source_ref");