package nl.k80.wendbaar.reporting.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The board dashboard as a Cockpit plugin: its page (plugin-webapp/k80-dashboard/app/plugin.js)
 * is served with the webapps and its data comes from DashboardResource under Cockpit's own API,
 * in the Cockpit session. Registered in META-INF/services.
 */
public class DashboardPlugin extends AbstractCockpitPlugin {

  public static final String ID = "k80-dashboard";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DashboardRootResource.class);
  }
}
