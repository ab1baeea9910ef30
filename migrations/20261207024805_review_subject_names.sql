ALTER TABLE "reviews" ADD COLUMN "subject_family_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "subject_given_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Reviews already written take their subject's current names.
UPDATE "reviews" r SET "subject_family_name" = p."family_name", "subject_given_name" = p."given_name"
  FROM "people" p WHERE p."id" = r."subject_id";--> statement-breakpoint
-- A review takes its subject's names when written (or moved to another subject), whatever the command.
CREATE FUNCTION "reviews_copy_subject_names"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."family_name", p."given_name" INTO NEW."subject_family_name", NEW."subject_given_name"
    FROM "people" p WHERE p."id" = NEW."subject_id";
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "reviews_copy_subject_names" BEFORE INSERT OR UPDATE OF "subject_id", "subject_family_name", "subject_given_name" ON "reviews"
  FOR EACH ROW EXECUTE FUNCTION "reviews_copy_subject_names"();--> statement-breakpoint
-- A rename (an edit, an import, an erasure's redaction) reaches the person's reviews in the same transaction.
CREATE FUNCTION "people_names_to_reviews"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "reviews" SET "subject_family_name" = NEW."family_name", "subject_given_name" = NEW."given_name"
   WHERE "organization_id" = NEW."organization_id" AND "subject_id" = NEW."id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "people_names_to_reviews" AFTER UPDATE OF "given_name", "family_name" ON "people"
  FOR EACH ROW
  WHEN (OLD."given_name" IS DISTINCT FROM NEW."given_name" OR OLD."family_name" IS DISTINCT FROM NEW."family_name")
  EXECUTE FUNCTION "people_names_to_reviews"();--> statement-breakpoint
CREATE INDEX "reviews_cycle_name_idx" ON "reviews" USING btree ("cycle_id","subject_family_name","subject_given_name","id");
