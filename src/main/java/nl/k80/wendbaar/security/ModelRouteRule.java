package nl.k80.wendbaar.security;

import java.util.List;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * A process moves only the way its model says: no start at another activity or without its
 * listeners and mappings (startInstructions, skipCustomListeners, skipIoMappings), no resolving,
 * modifying, restarting or migrating, no messages, signals or conditions (no model of ours waits for
 * one), no BPMN error or escalation thrown from a user task (an error nobody catches ends the topic
 * without its step's checks, with whatever variables came along), and no variables written beside a
 * step (a step takes its variables on completion, see StepInputRule).
 */
class ModelRouteRule extends RefusedCommandsRule {

  ModelRouteRule() {
    super("Niet toegestaan: alleen een beheerder mag een proces anders laten verlopen dan het procesmodel aangeeft",
        List.of(StartProcessInstanceAtActivitiesCmd.class, ResolveTaskCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
            ProcessInstanceModificationBatchCmd.class,
            RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class,
            MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class,
            CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, CorrelateAllMessageBatchCmd.class,
            MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class,
            EvaluateStartConditionCmd.class,
            AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class));
  }
}
