package nl.k80.wendbaar.following.tasklist;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the plugin's page and styles (Tasklist finds them at plugin/k80-following/static/app/). */
@Path("plugin/" + FollowingPlugin.ID)
public class FollowingPluginRootResource extends AbstractTasklistPluginRootResource {

  public FollowingPluginRootResource() {
    super(FollowingPlugin.ID);
  }
}
