-- Two roles for the case engine and the interaction hall: 办件人 (CASE_HANDLER) answers the letters of their own unit,
-- 互动分办员 (DISPATCHER) assigns incoming letters to units for the whole group.
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_role;
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_unit;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_role CHECK (role IN ('EDITOR', 'UNIT_REVIEWER', 'OFFICE_REVIEWER',
    'SECRECY_REVIEWER', 'CASE_HANDLER', 'SUPERVISOR', 'DISPATCHER', 'ADMINISTRATOR', 'SECURITY_ADMINISTRATOR',
    'AUDIT_ADMINISTRATOR'));
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_unit CHECK (role IS NULL
    OR (role IN ('EDITOR', 'UNIT_REVIEWER', 'OFFICE_REVIEWER', 'SECRECY_REVIEWER', 'CASE_HANDLER') AND unit_id IS NOT NULL)
    OR (role IN ('SUPERVISOR', 'DISPATCHER', 'ADMINISTRATOR', 'SECURITY_ADMINISTRATOR', 'AUDIT_ADMINISTRATOR')
        AND unit_id IS NULL));
