CREATE TABLE "career_conversation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"action_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "career_conversation_actions" ADD CONSTRAINT "career_conversation_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_actions" ADD CONSTRAINT "career_conversation_actions_conversation_id_career_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."career_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_actions" ADD CONSTRAINT "career_conversation_actions_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_conversation_actions_conversation_idx" ON "career_conversation_actions" USING btree ("conversation_id","created_at");