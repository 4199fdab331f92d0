package nl.k80.wendbaar.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what a Camunda command was asked to do (its task id, its variables, ...). The commands keep
 * their arguments in non-public fields; Camunda 7.24 is the last CE release and stays pinned, so
 * these fields do not move. A field that is missing fails loudly, never silently lets a command pass.
 */
final class CommandArguments {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  static <T> T read(Object command, String name, Class<T> type) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
    try {
      return type.cast(field.get(command));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        Field field = current.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + ": was Camunda upgraded?");
  }

  private CommandArguments() {}
}
