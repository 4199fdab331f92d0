-- The register finds a topic by its process instance (which no user can write), no longer by the
-- reference variable.
CREATE UNIQUE INDEX k80_topic_process_instance ON k80_topic (process_instance_id);
