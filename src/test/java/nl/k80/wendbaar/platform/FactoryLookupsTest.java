package nl.k80.wendbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

class FactoryLookupsTest {

  /** The container's class loader, counting how often a service descriptor is looked up on the class path. */
  static final class CountingLoader extends ClassLoader {
    final AtomicInteger lookups = new AtomicInteger();

    CountingLoader() {
      super(FactoryLookupsTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.startsWith("META-INF/services/")) {
        lookups.incrementAndGet();
      }
      return super.getResources(name);
    }
  }

  @Test
  void serviceLookupsFindTheSameProvidersAndReadTheClassPathOnce() throws IOException {
    CountingLoader container = new CountingLoader();
    ClassLoader caching = new FactoryLookups.CachingClassLoader(container);
    String descriptor = "META-INF/services/" + ProcessEngineProvider.class.getName();

    List<String> direct = providers(container);
    int before = container.lookups.get();
    List<String> first = providers(caching);
    List<String> second = providers(caching);

    assertThat(direct).isNotEmpty();
    assertThat(first).isEqualTo(direct);
    assertThat(second).isEqualTo(direct);
    assertThat(container.lookups.get() - before).as("class path lookups for two ServiceLoader uses").isEqualTo(1);
    assertThat(contents(caching.getResources(descriptor))).isEqualTo(contents(container.getResources(descriptor)));
  }

  @Test
  void otherResourcesAreNotKept() throws IOException {
    CountingLoader container = new CountingLoader();
    ClassLoader caching = new FactoryLookups.CachingClassLoader(container);

    assertThat(caching.getResource("application.yaml")).isEqualTo(container.getResource("application.yaml"));
  }

  private static List<String> contents(Enumeration<URL> descriptors) throws IOException {
    List<String> contents = new ArrayList<>();
    for (URL descriptor : Collections.list(descriptors)) {
      try (InputStream in = descriptor.openStream()) {
        contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return contents;
  }

  private static List<String> providers(ClassLoader loader) {
    return ServiceLoader.load(ProcessEngineProvider.class, loader).stream()
        .map(provider -> provider.type().getName()).toList();
  }
}
