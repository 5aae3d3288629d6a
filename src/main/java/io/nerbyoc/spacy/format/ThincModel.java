package io.nerbyoc.spacy.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thinc model file ({@code Model.to_bytes}): its layers ("nodes") in thinc's walk order, each
 * with its name, dimensions, attributes (each stored as its own msgpack document) and parameters.
 */
public record ThincModel(Path file, List<Node> nodes) {

  /** One layer. {@code refs} name other nodes by index (a parser's "lower", "upper"...). */
  public record Node(int index, String name, Map<String, Object> dims, Map<String, Object> attrs,
      Map<String, NdArray> params, Map<String, Integer> refs) {
    public int dim(String key) throws IOException {
      if (!(dims.get(key) instanceof Number n)) {
        throw new IOException("layer " + index + " (" + name + ") has no dimension " + key);
      }
      return n.intValue();
    }

    public NdArray param(String key) throws IOException {
      NdArray a = params.get(key);
      if (a == null) {
        throw new IOException("layer " + index + " (" + name + ") has no parameter " + key
            + " (was the pipeline saved before it was initialised or trained?)");
      }
      return a;
    }
  }

  public static ThincModel read(Path file) throws IOException {
    Object root = Msgpack.read(Files.readAllBytes(file));
    if (!(root instanceof Map<?, ?> m) || !(m.get("nodes") instanceof List<?> nodes)
        || !(m.get("attrs") instanceof List<?> attrs) || !(m.get("params") instanceof List<?> params)) {
      throw new IOException("is not a thinc model (expected a msgpack map with nodes, attrs and params)");
    }
    List<Node> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      Map<?, ?> n = (Map<?, ?>) nodes.get(i);
      Map<String, Object> dims = new LinkedHashMap<>();
      ((Map<?, ?>) n.get("dims")).forEach((k, v) -> dims.put((String) k, v));
      Map<String, Integer> refs = new LinkedHashMap<>();
      if (n.get("refs") instanceof Map<?, ?> r) {
        r.forEach((k, v) -> {
          if (v instanceof Number num) {
            refs.put((String) k, num.intValue());
          }
        });
      }
      Map<String, Object> at = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) attrs.get(i)).entrySet()) {
        at.put((String) e.getKey(), Msgpack.readNested(e.getValue()));
      }
      Map<String, NdArray> ps = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) params.get(i)).entrySet()) {
        if (e.getValue() instanceof NdArray a) {
          ps.put((String) e.getKey(), a);
        }
      }
      out.add(new Node(((Number) n.get("index")).intValue(), (String) n.get("name"), dims, at, ps, refs));
    }
    return new ThincModel(file, List.copyOf(out));
  }

  /** Layers named exactly {@code name}, in walk order. */
  public List<Node> named(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).toList();
  }

  public Node node(int index) {
    return nodes.get(index);
  }
}
