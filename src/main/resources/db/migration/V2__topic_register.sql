-- One row per topic, kept by topicIntake in its own transactions (see TopicRegister): the
-- report and the board dashboard read this table instead of Camunda's history, which would
-- need one variable query per topic. Lead times are stored in whole days when they become
-- known, so medians and distributions are plain SQL on H2 and PostgreSQL alike.
CREATE TABLE k80_topic (
  reference           VARCHAR(20)   NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)   NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  theme               VARCHAR(20)   NOT NULL,
  source              VARCHAR(20)   NOT NULL,
  municipality        VARCHAR(100)  NOT NULL,
  portfolio_group     VARCHAR(64),
  status              VARCHAR(20)   NOT NULL,
  final_decision      VARCHAR(20),
  decided_by          VARCHAR(20),
  motivation          VARCHAR(5000),
  submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  first_decided_at    TIMESTAMP WITH TIME ZONE,
  decided_at          TIMESTAMP WITH TIME ZONE,
  completed_at        TIMESTAMP WITH TIME ZONE,
  closed_at           TIMESTAMP WITH TIME ZONE,
  days_to_decision    INTEGER,
  days_to_completion  INTEGER
);
CREATE INDEX k80_topic_submitted ON k80_topic (submitted_at);
CREATE INDEX k80_topic_first_decided ON k80_topic (first_decided_at);
CREATE INDEX k80_topic_completed ON k80_topic (completed_at);
CREATE INDEX k80_topic_open ON k80_topic (closed_at, submitted_at);
CREATE INDEX k80_topic_portfolio ON k80_topic (portfolio_group, status);
