package io.nerbyoc.serve;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Recognizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The models of a multi-model endpoint (SAGEMAKER_MULTI_MODEL=true). Loading happens outside any
 * lock, so loading or unloading one model never blocks invocations of another; a memory budget
 * refuses loads that would not fit (507) instead of letting the JVM run out of memory.
 */
public final class ModelRegistry {
  /** One loaded model. */
  public record Entry(String name, String url, Invocations invocations, long estimatedBytes, String description) {}

  private final Map<String, Entry> models = new ConcurrentHashMap<>();
  private final Set<String> loading = ConcurrentHashMap.newKeySet();
  private final AtomicLong reserved = new AtomicLong();
  private final long budgetBytes;
  private final double sizeFactor;
  private final Function<Path, Recognizer> loader;
  private final Settings settings;
  private final WorkerPool pool;

  public ModelRegistry(Settings settings, WorkerPool pool, Function<Path, Recognizer> loader) {
    this.settings = settings;
    this.pool = pool;
    this.loader = loader;
    this.budgetBytes = settings.mmeMemoryBudgetBytes();
    this.sizeFactor = settings.mmeSizeFactor();
  }

  public Entry load(String name, String url) {
    checkName(name);
    Path dir = Path.of(url);
    if (!Files.isDirectory(dir)) {
      throw ApiException.badRequest("invalid_model_url", "Model url " + ApiException.quote(url) + " is not a directory.",
          "Give the directory SageMaker unpacked the model into (it holds ner-model.json).");
    }
    if (models.containsKey(name) || !loading.add(name)) {
      throw new ApiException(409, "model_already_loaded", "Model " + ApiException.quote(name) + " is already loaded.",
          "Unload it first (DELETE /models/" + name + ") or invoke it as it is.");
    }
    long estimate = estimate(dir);
    try {
      if (reserved.addAndGet(estimate) > budgetBytes) {
        reserved.addAndGet(-estimate);
        throw new ApiException(507, "insufficient_memory",
            "Loading " + ApiException.quote(name) + " (about " + estimate / (1 << 20) + " MiB) would exceed the memory budget of "
                + budgetBytes / (1 << 20) + " MiB (" + reserved.get() / (1 << 20) + " MiB in use).",
            "Unload a model, use a larger instance, or raise NER_MME_MEMORY_MB.");
      }
      Recognizer r;
      try {
        r = loader.apply(dir);
      } catch (RuntimeException e) {
        reserved.addAndGet(-estimate);
        throw e;
      }
      Entry entry = new Entry(name, url, new Invocations(settings, r, pool), estimate, r.describe());
      models.put(name, entry);
      return entry;
    } finally {
      loading.remove(name);
    }
  }

  public void unload(String name) {
    Entry e = models.remove(name);
    if (e == null) {
      throw notFound(name);
    }
    reserved.addAndGet(-e.estimatedBytes());
  }

  public Entry get(String name) {
    Entry e = models.get(name);
    if (e == null) {
      throw notFound(name);
    }
    return e;
  }

  /** A page of models in name order, and the token for the next page (null at the end). */
  public record Page(List<Entry> models, String nextPageToken) {}

  public Page list(int limit, String pageToken) {
    List<Entry> all = new ArrayList<>(models.values());
    all.sort((a, b) -> a.name().compareTo(b.name()));
    int from = 0;
    if (pageToken != null && !pageToken.isBlank()) {
      try {
        from = Integer.parseInt(pageToken);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("invalid_page_token", "next_page_token " + ApiException.quote(pageToken) + " is not one we gave.",
            "Pass the nextPageToken of the previous page, or none for the first.");
      }
    }
    int to = Math.min(all.size(), from + Math.max(1, limit));
    List<Entry> page = from >= all.size() ? List.of() : all.subList(from, to);
    return new Page(page, to < all.size() ? Integer.toString(to) : null);
  }

  private long estimate(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
      return (long) (bytes * sizeFactor) + (16L << 20);
    } catch (IOException | UncheckedIOException e) {
      throw ApiException.badRequest("invalid_model_url", "Model directory " + dir + " cannot be read.",
          "Check that the directory exists and is readable.");
    }
  }

  private static void checkName(String name) {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,254}")) {
      throw ApiException.badRequest("invalid_model_name", "Model name " + ApiException.quote(name) + " is not valid.",
          "Use letters, digits, '.', '_' and '-' (at most 255 characters).");
    }
  }

  private static ApiException notFound(String name) {
    return new ApiException(404, "model_not_found", "No model named " + ApiException.quote(name) + " is loaded.",
        "Load it with POST /models {\"model_name\": ..., \"url\": ...}, or list loaded models with GET /models.");
  }
}
