package nl.k80.wendbaar.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
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
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * A process moves only the way its model says: no start at another activity or without its
 * listeners and mappings (startInstructions, skipCustomListeners, skipIoMappings), no resolving,
 * modifying, restarting or migrating, no messages, signals or conditions (no model of ours waits for
 * one), and no variables written beside a step (a step takes its variables on completion, see
 * StepInputRule).
 */
class ModelRouteRule implements CommandRule {

  private static final List<Class<?>> OUTSIDE_THE_MODEL = List.of(
      StartProcessInstanceAtActivitiesCmd.class, ResolveTaskCmd.class,
      ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
      RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class,
      MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class,
      CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, CorrelateAllMessageBatchCmd.class,
      MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class, EvaluateStartConditionCmd.class,
      AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class);

  @Override
  public void check(Command<?> command, CommandContext context) {
    for (Class<?> refused : OUTSIDE_THE_MODEL) {
      if (refused.isInstance(command)) {
        throw new AuthorizationException("Niet toegestaan: alleen een beheerder mag een proces anders laten verlopen"
            + " dan het procesmodel aangeeft (" + command.getClass().getSimpleName() + ").");
      }
    }
  }
}
