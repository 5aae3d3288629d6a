package io.nerbyoc.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The component types a manifest may name. */
public final class ComponentRegistry {
  private final Map<String, Component<?>> byName = new LinkedHashMap<>();

  public ComponentRegistry(List<Component<?>> components) {
    for (Component<?> c : components) {
      if (byName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("two components named " + c.name());
      }
    }
  }

  Component<?> get(String name, Path file, String where) {
    Component<?> c = byName.get(name);
    if (c == null) {
      throw ConfigReader.error(file, where, "is \"" + name + "\", which is not a component; expected one of: "
          + String.join(", ", byName.keySet()));
    }
    return c;
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
