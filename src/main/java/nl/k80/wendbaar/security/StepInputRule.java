package nl.k80.wendbaar.security;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A start or a task completion carries only the variables its step accepts (StepInputs), as plain
 * values, and no business key: the reference is the process's to give. Checked before any variable
 * is set or deserialized, so a refused request changes nothing.
 */
class StepInputRule implements CommandRule {

  @Override
  @SuppressWarnings("unchecked")
  public void check(Command<?> command, CommandContext context) {
    DeploymentCache definitions = context.getProcessEngineConfiguration().getDeploymentCache();
    if (command instanceof SubmitStartFormCmd) {
      noBusinessKey(CommandArguments.read(command, "businessKey", String.class));
      ProcessDefinitionEntity process = definitions.findDeployedProcessDefinitionById(
          CommandArguments.read(command, "processDefinitionId", String.class));
      StepInputs.of(process.getInitial()).check(CommandArguments.read(command, "variables", Map.class));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start =
          CommandArguments.read(command, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
      noBusinessKey(start.getBusinessKey());
      ProcessDefinitionEntity process = start.getProcessDefinitionId() != null
          ? definitions.findDeployedProcessDefinitionById(start.getProcessDefinitionId())
          : definitions.findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey());
      StepInputs.of(process.getInitial()).check(start.getVariables());
    } else if (command instanceof CompleteTaskCmd) {
      stepOf(context, CommandArguments.read(command, "taskId", String.class))
          .check(CommandArguments.read(command, "variables", Map.class));
    } else if (command instanceof SubmitTaskFormCmd) {
      stepOf(context, CommandArguments.read(command, "taskId", String.class))
          .check(CommandArguments.read(command, "properties", Map.class));
    }
  }

  private static StepInputs stepOf(CommandContext context, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinition() == null) {
      // No task (the command will say so), or a task outside any process: it accepts nothing.
      return StepInputs.NOTHING;
    }
    return StepInputs.of(task.getProcessDefinition().findActivity(task.getTaskDefinitionKey()));
  }

  private static void noBusinessKey(String businessKey) {
    if (businessKey != null) {
      throw new BadUserRequestException("Ongeldige invoer: het kenmerk (businessKey) kent het systeem zelf toe.");
    }
  }
}
