-- Up Migration
-- The whole store of schema version 1. Records that are documents keep their fields in a jsonb
-- `data` column (validated with the same zod schemas as the lowdb file); the columns beside it are
-- the keys the repositories look up by. `seq` keeps insertion order where the lowdb arrays had one.

CREATE TABLE store_meta (
  key text PRIMARY KEY,
  data jsonb NOT NULL
);

-- One counter per derived view (statistics, org): bumped by triggers in the same transaction as
-- any write to its inputs, by any instance.
CREATE TABLE store_versions (
  name text PRIMARY KEY,
  value bigint NOT NULL DEFAULT 0
);
INSERT INTO store_versions (name, value) VALUES ('statistics', 0), ('org', 0);

CREATE FUNCTION bump_store_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE store_versions SET value = value + 1 WHERE name = TG_ARGV[0];
  RETURN NULL;
END $$;

CREATE TABLE units (id text PRIMARY KEY, seq bigserial, data jsonb NOT NULL);
CREATE TABLE employments (
  id text PRIMARY KEY, seq bigserial, unit_id text NOT NULL, data jsonb NOT NULL
);
CREATE INDEX employments_unit ON employments (unit_id);
CREATE TABLE persons (aad_object_id text PRIMARY KEY, seq bigserial, data jsonb NOT NULL);
CREATE TABLE targets (seq bigserial PRIMARY KEY, data jsonb NOT NULL);
CREATE TABLE national_averages (seq bigserial PRIMARY KEY, data jsonb NOT NULL);
CREATE TABLE absence_codes (seq bigserial PRIMARY KEY, data jsonb NOT NULL);
CREATE TABLE job_codes (seq bigserial PRIMARY KEY, data jsonb NOT NULL);
CREATE TABLE policies (seq bigserial PRIMARY KEY, data jsonb NOT NULL);
CREATE TABLE sick_periods (
  id text PRIMARY KEY, seq bigserial, person_key text NOT NULL, updated_at text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX sick_periods_person ON sick_periods (person_key);
CREATE INDEX sick_periods_updated ON sick_periods (updated_at);
CREATE TABLE absence_days (seq bigserial PRIMARY KEY, data jsonb NOT NULL);

CREATE TABLE conversation_refs (
  conversation_id text PRIMARY KEY, seq bigserial, scope text NOT NULL, aad_object_id text,
  data jsonb NOT NULL
);
CREATE INDEX conversation_refs_personal ON conversation_refs (aad_object_id, seq) WHERE scope = 'personal';

CREATE TABLE audit (
  seq bigserial PRIMARY KEY, at timestamptz NOT NULL, action text NOT NULL, subject text,
  data jsonb NOT NULL
);
CREATE INDEX audit_subject ON audit (subject, seq);
CREATE INDEX audit_at ON audit (at);

CREATE TABLE outbox (
  id text PRIMARY KEY,
  seq bigserial,
  status text NOT NULL,
  due_key text NOT NULL,
  original_due_at text NOT NULL,
  claimed_by text,
  claim_until timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX outbox_active_due ON outbox (due_key) WHERE status IN ('pending', 'retrying');

CREATE TABLE dialog_state (key text PRIMARY KEY, data jsonb NOT NULL);
CREATE TABLE scheduler_state (id int PRIMARY KEY CHECK (id = 1), data jsonb NOT NULL);

CREATE TABLE follow_up_steps (
  id text PRIMARY KEY, seq bigserial, period_id text NOT NULL, state text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX follow_up_steps_period ON follow_up_steps (period_id);
CREATE INDEX follow_up_steps_active ON follow_up_steps (seq) WHERE state IN ('open', 'postponed');
CREATE TABLE fired_triggers (
  id text PRIMARY KEY, seq bigserial, person_key text NOT NULL, data jsonb NOT NULL
);
CREATE INDEX fired_triggers_person ON fired_triggers (person_key);
CREATE TABLE hr_requests (id text PRIMARY KEY, seq bigserial, data jsonb NOT NULL);
CREATE TABLE follow_up_digests (id text PRIMARY KEY, seq bigserial, data jsonb NOT NULL);
CREATE TABLE guides (
  id text PRIMARY KEY, seq bigserial, leader_id text NOT NULL, person_key text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX guides_leader_person ON guides (leader_id, person_key);
CREATE TABLE deputyships (id text PRIMARY KEY, seq bigserial, data jsonb NOT NULL);
CREATE TABLE change_log (
  id text PRIMARY KEY, seq bigserial, actor text NOT NULL, at text NOT NULL, data jsonb NOT NULL
);

-- Work shared by several instances: the minute a periodic job last ran.
CREATE TABLE coordination (name text PRIMARY KEY, last_run text NOT NULL);

CREATE TRIGGER units_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER employments_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON employments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER sick_periods_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sick_periods
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER absence_days_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON absence_days
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER targets_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON targets
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER national_averages_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON national_averages
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER store_meta_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON store_meta
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('statistics');
CREATE TRIGGER units_org AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('org');
CREATE TRIGGER persons_org AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON persons
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('org');
CREATE TRIGGER policies_org AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policies
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('org');
CREATE TRIGGER store_meta_org AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON store_meta
  FOR EACH STATEMENT EXECUTE FUNCTION bump_store_version('org');

-- Down Migration
DROP TABLE store_meta, store_versions, units, employments, persons, targets, national_averages,
  absence_codes, job_codes, policies, sick_periods, absence_days, conversation_refs, audit, outbox,
  dialog_state, scheduler_state, follow_up_steps, fired_triggers, hr_requests, follow_up_digests, guides,
  deputyships, change_log, coordination;
DROP FUNCTION bump_store_version();
