package nl.k80.wendbaar.following.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * "Mijn aanmeldingen" and "Thema's van K80" in Tasklist: the page (plugin-webapp/k80-following/
 * app/plugin.js) is served with the webapps (FollowingPluginRootResource) and reads the topics API
 * in the Tasklist session, so it needs no data resource of its own. Registered in META-INF/services.
 */
public class FollowingPlugin extends AbstractTasklistPlugin {

  public static final String ID = "k80-following";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(FollowingPluginRootResource.class);
  }
}
