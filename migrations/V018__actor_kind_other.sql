-- Actor kinds are STATE, ORGANIZATION, PERSON and OTHER. GROUP, which logs recorded before OTHER
-- existed may name, is read as OTHER; the directory is never rebuilt, so its rows are updated here.
UPDATE
    actor
SET
    kind = 'OTHER'
WHERE
    kind = 'GROUP';
