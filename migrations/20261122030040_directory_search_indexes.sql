CREATE INDEX "people_org_status_idx" ON "people" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "people_full_name_trgm_idx" ON "people" USING gin (("given_name" || ' ' || "family_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_email_trgm_idx" ON "people" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_job_title_trgm_idx" ON "people" USING gin ("job_title" gin_trgm_ops);