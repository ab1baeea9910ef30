CREATE TABLE "analytics_now_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"metric_id" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"manager_id" uuid,
	"reason" text,
	"sums" jsonb NOT NULL,
	"groups" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analytics_now_listings" ADD CONSTRAINT "analytics_now_listings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_now_listings_position_uq" ON "analytics_now_listings" USING btree ("organization_id","metric_id","cycle_id","position");