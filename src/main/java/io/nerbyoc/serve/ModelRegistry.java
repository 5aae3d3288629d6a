package io.nerbyoc.serve;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Recognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
  /**
   * Embedded files already in the budget: the embedded models are loaded once and kept for the
   * process (shared by every model naming them), so they are charged once and never released.
   */
  private final Set<Path> sharedCharged = ConcurrentHashMap.newKeySet();
  private final ModelArea area;
  private final long budgetBytes;
  private final double sizeFactor;
  private final Function<Path, Recognizer> loader;
  private final Function<Path, Set<String>> embeddedFiles;
  private final Settings settings;
  private final WorkerPool pool;

  /**
   * @param loader builds the model in a directory
   * @param embeddedFiles the shipped files a model directory's manifest loads (for the memory estimate)
   */
  public ModelRegistry(Settings settings, WorkerPool pool, Function<Path, Recognizer> loader,
      Function<Path, Set<String>> embeddedFiles) {
    this.settings = settings;
    this.pool = pool;
    this.loader = loader;
    this.embeddedFiles = embeddedFiles;
    this.budgetBytes = settings.mmeMemoryBudgetBytes();
    this.sizeFactor = settings.mmeSizeFactor();
    this.area = new ModelArea(settings.modelArea());
  }

  /**
   * Loads a model; any failure (400, 507, or a bug) frees the name and the bytes it reserved, so
   * the same name can be loaded again.
   */
  public Entry load(String name, String url) {
    checkName(name);
    Path dir = area.resolve(url);
    if (models.containsKey(name) || !loading.add(name)) {
      throw new ApiException(409, "model_already_loaded", "Model " + ApiException.quote(name) + " is already loaded.",
          "Unload it first (DELETE /models/" + name + ") or invoke it as it is.");
    }
    long reservedHere = 0;
    List<Path> chargedHere = new ArrayList<>();
    try {
      ModelFootprint.Sizes sizes = ModelFootprint.of(dir, settings.embeddedModelDir(), embeddedFiles);
      long own = (long) (sizes.ownBytes() * sizeFactor) + (16L << 20);
      long shared = 0;
      for (Map.Entry<Path, Long> f : sizes.embedded().entrySet()) {
        if (sharedCharged.add(f.getKey())) {
          chargedHere.add(f.getKey());
          shared += (long) (f.getValue() * sizeFactor);
        }
      }
      reservedHere = own + shared;
      if (reserved.addAndGet(reservedHere) > budgetBytes) {
        throw new ApiException(507, "insufficient_memory",
            "Loading " + ApiException.quote(name) + " (about " + reservedHere / (1 << 20) + " MiB) would exceed the memory budget of "
                + budgetBytes / (1 << 20) + " MiB (" + (reserved.get() - reservedHere) / (1 << 20) + " MiB in use).",
            "Unload a model, use a larger instance, or raise NER_MME_MEMORY_MB.");
      }
      Recognizer r = loader.apply(dir);
      Entry entry = new Entry(name, url, new Invocations(settings, r, pool), own, r.describe());
      models.put(name, entry);
      chargedHere.clear();
      reservedHere = 0;
      return entry;
    } finally {
      // Reached with something reserved only when the load failed.
      reserved.addAndGet(-reservedHere);
      chargedHere.forEach(sharedCharged::remove);
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

  /** The header SageMaker uses to route POST /invocations to one model of a multi-model endpoint. */
  public static final String TARGET_MODEL_HEADER = "X-Amzn-SageMaker-Target-Model";

  /**
   * The model a POST /invocations names in {@link #TARGET_MODEL_HEADER}: 400 without the header
   * (a multi-model endpoint has no default model, so "still loading" would be a lie forever), 404
   * for a name that is not loaded.
   */
  public Invocations target(String header) {
    if (header == null || header.isBlank()) {
      throw ApiException.badRequest("missing_target_model",
          "This is a multi-model endpoint: POST /invocations needs the " + TARGET_MODEL_HEADER + " header to name a loaded model.",
          "Send " + TARGET_MODEL_HEADER + ": <model name> (InvokeEndpoint's TargetModel parameter sets it), "
              + "or POST /models/<model name>/invoke; GET /models lists the loaded models.");
    }
    return get(header.trim()).invocations();
  }

  /** A page of models in name order, and the token for the next page (null at the end). */
  public record Page(List<Entry> models, String nextPageToken) {}

  public Page list(int limit, String pageToken) {
    List<Entry> all = new ArrayList<>(models.values());
    all.sort((a, b) -> a.name().compareTo(b.name()));
    int from = 0;
    if (pageToken != null && !pageToken.isEmpty()) {
      try {
        from = Integer.parseInt(pageToken);
      } catch (NumberFormatException e) {
        from = -1;
      }
      if (from < 0) {
        // Tokens are offsets we handed out; past the end (models unloaded since) is just an empty last page.
        throw ApiException.badRequest("invalid_field", "next_page_token " + ApiException.quote(pageToken)
            + " is not one this server gave (a whole number from 0 to " + Integer.MAX_VALUE + ").",
            "Pass the nextPageToken of the previous GET /models answer, or none for the first page.");
      }
    }
    int to = (int) Math.min(all.size(), (long) from + Math.max(1, limit));
    List<Entry> page = from >= all.size() ? List.of() : all.subList(from, to);
    return new Page(page, to < all.size() ? Integer.toString(to) : null);
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
