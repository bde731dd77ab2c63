-- The hourly clean-up deletes links that expired a week ago by this index, not a scan of the table.
CREATE INDEX ix_shares_expiry ON shares (expires_at);
