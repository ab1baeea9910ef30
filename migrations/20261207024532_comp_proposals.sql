CREATE TABLE "comp_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"merit_input" text,
	"merit_pct" numeric(12, 4),
	"merit_new_base_minor" bigint,
	"bonus_minor" bigint,
	"market_minor" bigint,
	"promotion_level_id" uuid,
	"promotion_band_id" uuid,
	"promotion_new_base_minor" bigint,
	"justification" text,
	"outside_guideline" boolean DEFAULT false NOT NULL,
	"promotion_below_guideline" boolean DEFAULT false NOT NULL,
	"band_flag" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_account_id" uuid,
	"updated_by_account_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_proposals_merit_pair" CHECK (("comp_proposals"."merit_input" IS NULL) = ("comp_proposals"."merit_pct" IS NULL) AND ("comp_proposals"."merit_pct" IS NULL) = ("comp_proposals"."merit_new_base_minor" IS NULL)),
	CONSTRAINT "comp_proposals_promotion_whole" CHECK (("comp_proposals"."promotion_band_id" IS NULL) = ("comp_proposals"."promotion_new_base_minor" IS NULL) AND ("comp_proposals"."promotion_band_id" IS NULL) = ("comp_proposals"."promotion_level_id" IS NULL)),
	CONSTRAINT "comp_proposals_amounts" CHECK (coalesce("comp_proposals"."bonus_minor", 0) >= 0 AND coalesce("comp_proposals"."market_minor", 0) >= 0 AND coalesce("comp_proposals"."promotion_new_base_minor", 1) > 0),
	CONSTRAINT "comp_proposals_submitted" CHECK ("comp_proposals"."state" <> 'submitted' OR "comp_proposals"."submitted_at" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_cycle_id_comp_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."comp_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_participant_id_comp_cycle_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."comp_cycle_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_promotion_level_id_levels_id_fk" FOREIGN KEY ("promotion_level_id") REFERENCES "public"."levels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_promotion_band_id_comp_bands_id_fk" FOREIGN KEY ("promotion_band_id") REFERENCES "public"."comp_bands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comp_proposals_participant_uq" ON "comp_proposals" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "comp_proposals_cycle_idx" ON "comp_proposals" USING btree ("cycle_id","state");