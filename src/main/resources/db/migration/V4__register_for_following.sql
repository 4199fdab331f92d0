-- What officials and members follow of a topic (the topics API): who submitted it (for "mine", never
-- shown), the secretariat's supplement request, the framework's and the board's motivation apart,
-- when a watched topic is reassessed, and which version of the afwegingskader assessed it last.
ALTER TABLE k80_topic ADD COLUMN submitter VARCHAR(64);
ALTER TABLE k80_topic ADD COLUMN remark VARCHAR(2000);
ALTER TABLE k80_topic ADD COLUMN framework_motivation VARCHAR(5000);
ALTER TABLE k80_topic ADD COLUMN board_motivation VARCHAR(5000);
ALTER TABLE k80_topic ADD COLUMN reassess_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE k80_topic ADD COLUMN assessment_version INTEGER;
CREATE INDEX k80_topic_submitter ON k80_topic (submitter, submitted_at);
-- The list of topics past screening: its filters and order, and its search on title and reference,
-- can be answered from these indexes alone, without reading the wide rows (100,000 topics: README).
CREATE INDEX k80_topic_listed ON k80_topic (status, theme, final_decision, submitted_at, reference);
CREATE INDEX k80_topic_text ON k80_topic (status, title, reference, submitted_at);
