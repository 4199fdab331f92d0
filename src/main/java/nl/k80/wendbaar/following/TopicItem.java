package nl.k80.wendbaar.following;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * One topic as the topics API shows it (contract, "Following topics"): what K80 decided and why,
 * never who asked. remark and taskId only in the caller's own list.
 */
public record TopicItem(
    String reference,
    String title,
    String theme,
    String municipality,
    String source,
    String status,
    String statusLabel,
    OffsetDateTime submittedAt,
    String decision,
    String motivation,
    String decidedBy,
    String boardMotivation,
    String portfolioGroup,
    OffsetDateTime decidedAt,
    OffsetDateTime reassessAt,
    OffsetDateTime completedAt,
    Integer assessmentVersion,
    @JsonInclude(JsonInclude.Include.NON_NULL) String remark,
    @JsonInclude(JsonInclude.Include.NON_NULL) String taskId) {

  TopicItem withTask(String waitingTaskId) {
    return new TopicItem(reference, title, theme, municipality, source, status, statusLabel, submittedAt, decision,
        motivation, decidedBy, boardMotivation, portfolioGroup, decidedAt, reassessAt, completedAt, assessmentVersion,
        remark, waitingTaskId);
  }
}
