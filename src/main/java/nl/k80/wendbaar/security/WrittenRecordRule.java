package nl.k80.wendbaar.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;

/**
 * What was written on a topic stays as it was written: a comment (Tasklist) is added, never
 * changed or deleted; Camunda lets anyone who may work on a task rewrite or delete every comment
 * on it, a colleague's too, under the colleague's name. Tasks take no attachments: K80 has no use
 * for them, Tasklist shows none, and Camunda stores them without a size limit.
 */
class WrittenRecordRule extends RefusedCommandsRule {

  WrittenRecordRule() {
    super("Niet toegestaan: een opmerking blijft zoals zij geschreven is, en taken hebben geen bijlagen",
        List.of(UpdateCommentCmd.class, DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class,
            CreateAttachmentCmd.class, SaveAttachmentCmd.class, DeleteAttachmentCmd.class));
  }
}
