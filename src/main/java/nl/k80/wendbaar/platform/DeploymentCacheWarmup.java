package nl.k80.wendbaar.platform;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads every version of every process and decision into the engine's cache before the first request.
 * Camunda fills that cache lazily, on first use, and puts a process in it before it has linked the
 * process's jobs to their definitions: requests that load the same process at the same moment can
 * meet it half-built (a new job without its definition, the request failing with HTTP 500). That
 * happened under load on an instance that found its models already deployed (the second of two
 * instances, or any instance after a restart); loaded once here, before the first request, they are whole.
 */
@Component
class DeploymentCacheWarmup implements SmartInitializingSingleton {

  private final RepositoryService repositoryService;

  DeploymentCacheWarmup(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (ProcessDefinition process : repositoryService.createProcessDefinitionQuery().list()) {
      repositoryService.getProcessDefinition(process.getId());
    }
    for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().list()) {
      repositoryService.getDecisionDefinition(decision.getId());
    }
  }
}
