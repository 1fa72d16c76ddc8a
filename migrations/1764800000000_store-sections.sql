-- Up Migration
-- The document sections kept whole (tips, HR workflows, channel subscriptions, well-being scores):
-- small, read and changed together under a row lock (data/postgres/sections.ts).
CREATE TABLE store_sections (name text PRIMARY KEY, data jsonb NOT NULL);

-- Down Migration
DROP TABLE store_sections;
