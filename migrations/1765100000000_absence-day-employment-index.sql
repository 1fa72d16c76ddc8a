-- Up Migration
-- The frequent-absence check after a registration reads the day rows of one person's employments,
-- not the whole municipality's statistics.
CREATE INDEX absence_days_employment ON absence_days ((data->>'employmentId'));

-- Down Migration
DROP INDEX absence_days_employment;
