package nl.k80.wendbaar.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check in a command, Camunda 7 reads every distinct group id of
 * ACT_RU_AUTHORIZATION, only to drop the user's groups that have no authorization from the check's
 * group list. That table holds a row for every open task, so the read grows with the work in hand,
 * on every request (camunda-bpm-platform issue 5485; CIB seven and Operaton skip it below a
 * group-count threshold).
 * A K80 user has a handful of groups, and a group without authorizations matches no row anyway, so
 * the check's result is the same without it; a user with more groups than LARGE keeps Camunda's way.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  static final int LARGE = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new WithoutGroupPrefilter();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's authorization manager, checking a small group list as it is. */
  static class WithoutGroupPrefilter extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds != null && authenticatedGroupIds.size() <= LARGE ? authenticatedGroupIds
          : super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
