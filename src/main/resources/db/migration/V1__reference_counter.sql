-- One row per calendar year; last_number is the last reference number handed out that year.
-- The row lock taken by the UPDATE serialises concurrent submissions until they commit, so a
-- number is never handed out twice, and a rolled-back submission gives its number back.
CREATE TABLE k80_reference_counter (
  counter_year INTEGER NOT NULL PRIMARY KEY,
  last_number  INTEGER NOT NULL
);
