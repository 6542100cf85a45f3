-- The audit chain's keyed seal (issue 11 §7). The plain SHA-256 chain (hash, prev_hash) can be recomputed by whoever
-- can write the database; mac is a keyed MAC (HMAC-SHA-256, or HMAC-SM3 in 国密 mode) over the same fields, the seal
-- label and the previous record's mac, with a key kept outside the database (audit.internal.AuditKeys). seal names
-- the algorithm and key id ("hmac-sm3:1a2b3c4d"), so records sealed before a change of the setting still verify.
-- Records written before this migration have neither: the application seals them once at its next start, after
-- checking their plain chain, without changing any of their columns (audit.internal.ChainSealing).
ALTER TABLE audit_record ADD COLUMN seal VARCHAR(40);
ALTER TABLE audit_record ADD COLUMN mac CHAR(64);
ALTER TABLE audit_chain_head ADD COLUMN last_mac CHAR(64);
