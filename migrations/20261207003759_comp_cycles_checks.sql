ALTER TABLE "comp_cycle_participants" ADD CONSTRAINT "comp_cycle_participants_pay_currency" CHECK ("comp_cycle_participants"."pay_currency" ~ '^[A-Z]{3}$');--> statement-breakpoint
ALTER TABLE "comp_cycle_participants" ADD CONSTRAINT "comp_cycle_participants_band_currency" CHECK ("comp_cycle_participants"."band_currency" ~ '^[A-Z]{3}$');--> statement-breakpoint
ALTER TABLE "comp_cycles" ADD CONSTRAINT "comp_cycles_fx_table_object" CHECK (jsonb_typeof("comp_cycles"."fx_table") = 'object');--> statement-breakpoint
ALTER TABLE "comp_cycles" ADD CONSTRAINT "comp_cycles_rules_object" CHECK (jsonb_typeof("comp_cycles"."eligibility_rules") = 'object');--> statement-breakpoint
ALTER TABLE "comp_cycles" ADD CONSTRAINT "comp_cycles_budget_object" CHECK (jsonb_typeof("comp_cycles"."budget") = 'object');--> statement-breakpoint
ALTER TABLE "comp_cycles" ADD CONSTRAINT "comp_cycles_matrix_object" CHECK ("comp_cycles"."merit_matrix" IS NULL OR jsonb_typeof("comp_cycles"."merit_matrix") = 'object');