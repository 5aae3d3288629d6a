package io.nerbyoc.config;

import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.MediaTypes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the server reads from the environment, parsed once at start. The README's
 * configuration table documents each variable; {@code container/NER/serve} renders nginx from the
 * same variables so the two never disagree on limits.
 */
public record Settings(
    Path mlRoot,
    Path embeddedModelDir,
    Profile profile,
    LabelScheme labelScheme,
    NewlineMode newlineMode,
    int workers,
    int queueSize,
    long maxPayloadBytes,
    int maxTextChars,
    int maxDocuments,
    int requestTimeoutSeconds,
    int backendPort,
    int proxyPort,
    String defaultAccept,
    Path patternsFile,
    boolean patternsCaseInsensitive,
    boolean multiModel,
    long mmeMemoryBudgetBytes,
    double mmeSizeFactor,
    int stallSeconds,
    int stuckExitSeconds) {

  public static final long DEFAULT_MAX_PAYLOAD_BYTES = 6L * 1024 * 1024;

  public Path modelDir() {
    return mlRoot.resolve("model");
  }

  /** Where SageMaker puts the models of a multi-model endpoint; every POST /models url must be under it. */
  public Path modelArea() {
    return mlRoot.resolve("models");
  }

  public static Settings fromEnv(Map<String, String> env) {
    EnvReader r = new EnvReader(env);
    int cores = Runtime.getRuntime().availableProcessors();
    Path root = Path.of(r.string("NER_ML_ROOT", "/opt/ml"));
    Path embedded = Path.of(r.string("NER_EMBEDDED_MODEL_DIR", "models"));
    Profile profile = r.choice("NER_PROFILE", Profile.ACCURATE, Profile::parse, "accurate, fast");
    LabelScheme scheme =
        r.choice("NER_LABEL_SCHEME", null, LabelScheme::parse, LabelScheme.names());
    NewlineMode newline =
        r.choice("NER_NEWLINE_SENTENCE_BREAK", NewlineMode.ALWAYS, NewlineMode::parse, "always, two, never");
    String workersVar =
        r.raw("MODEL_SERVER_WORKERS") != null ? "MODEL_SERVER_WORKERS" : "SAGEMAKER_MODEL_SERVER_WORKERS";
    int workers = (int) r.number(workersVar, cores, 1, 256);
    int queue = (int) r.number("NER_QUEUE_SIZE", 64, 0, 10_000);
    long payload = payloadBytes(r);
    int maxChars = (int) r.number("NER_MAX_TEXT_CHARS", 1_000_000, 1, 100_000_000);
    int maxDocs = (int) r.number("NER_MAX_DOCUMENTS", 100_000, 1, 10_000_000);
    String timeoutVar =
        r.raw("NER_REQUEST_TIMEOUT_S") != null ? "NER_REQUEST_TIMEOUT_S" : "SAGEMAKER_MODEL_SERVER_TIMEOUT";
    int timeout = (int) r.number(timeoutVar, 60, 1, 3600);
    int proxyPort = (int) r.number("SAGEMAKER_BIND_TO_PORT", 8080, 1, 65535);
    int port = backendPort(r, proxyPort);
    String accept = defaultAccept(r);
    String patterns = r.raw("NER_PATTERNS_FILE");
    boolean caseInsensitive = r.choice("NER_PATTERNS_CASE_INSENSITIVE", false, Booleans::parse, Booleans.VALID);
    boolean multiModel = r.choice("SAGEMAKER_MULTI_MODEL", false, Booleans::parse, Booleans.VALID);
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long budgetMb = r.number("NER_MME_MEMORY_MB", Math.max(64, heapMb * 3 / 4), 1, 10_000_000);
    double factor = r.number("NER_MME_SIZE_FACTOR", 4, 1, 100);
    int stall = (int) r.number("NER_STALL_TIMEOUT_S", 8, 1, 3600);
    int stuckExit = (int) r.number("NER_STUCK_EXIT_S", 120, 0, 86_400);
    r.throwIfProblems();
    return new Settings(
        root, embedded, profile, scheme, newline, workers, queue, payload, maxChars, maxDocs,
        timeout, port, proxyPort, accept, patterns == null ? null : Path.of(patterns),
        caseInsensitive, multiModel, budgetMb * 1024 * 1024, factor, stall, stuckExit);
  }

  /**
   * One media type a response format answers to (parameters ignored), lower case; anything else
   * is a problem, not a silent fall-back to JSON.
   */
  private static String defaultAccept(EnvReader r) {
    String v = r.string("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", "application/json");
    String type = MediaTypes.essence(v);
    if (!MediaTypes.all().contains(type)) {
      r.problem("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT=" + v + " is not a response format of this server; use one of: "
          + String.join(", ", MediaTypes.all()));
      return "application/json";
    }
    return type;
  }

  /**
   * The JVM's loopback port: the first of SAGEMAKER_SAFE_PORT_RANGE when SageMaker gives one (the
   * next if that is nginx's), else NER_BACKEND_PORT.
   */
  private static int backendPort(EnvReader r, int proxyPort) {
    String range = r.raw("SAGEMAKER_SAFE_PORT_RANGE");
    if (range == null) {
      return (int) r.number("NER_BACKEND_PORT", 8081, 1, 65535);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5})-(\\d{1,5})").matcher(range);
    int low = m.matches() ? Integer.parseInt(m.group(1)) : -1;
    int high = m.matches() ? Integer.parseInt(m.group(2)) : -1;
    int backend = low == proxyPort ? low + 1 : low;
    if (low < 1 || high > 65535 || backend > high) {
      r.problem("SAGEMAKER_SAFE_PORT_RANGE=" + range + " is not a usable LOW-HIGH port range (1-65535, with a port "
          + "besides SAGEMAKER_BIND_TO_PORT)");
      return 8081;
    }
    return backend;
  }

  /** NER_MAX_PAYLOAD_BYTES wins over the batch platform's SAGEMAKER_MAX_PAYLOAD_IN_MB. */
  private static long payloadBytes(EnvReader r) {
    if (r.raw("NER_MAX_PAYLOAD_BYTES") != null) {
      return r.number("NER_MAX_PAYLOAD_BYTES", DEFAULT_MAX_PAYLOAD_BYTES, 1, 100L * 1024 * 1024);
    }
    long mb = r.number("SAGEMAKER_MAX_PAYLOAD_IN_MB", 0, 0, 100);
    return mb == 0 ? DEFAULT_MAX_PAYLOAD_BYTES : mb * 1024 * 1024;
  }

  /** The effective settings, for the start-up log line. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ml_root", mlRoot);
    m.put("embedded_profile", profile.wireName()); // what serves when the model directory is empty
    m.put("label_scheme", labelScheme == null ? "model's default" : labelScheme.wireName());
    m.put("newline_sentence_break", newlineMode.wireName());
    m.put("workers", workers);
    m.put("queue_size", queueSize);
    m.put("max_payload_bytes", maxPayloadBytes);
    m.put("max_text_chars", maxTextChars);
    m.put("max_documents", maxDocuments);
    m.put("request_timeout_s", requestTimeoutSeconds);
    m.put("port", proxyPort);
    m.put("backend_port", backendPort);
    m.put("stall_timeout_s", stallSeconds);
    m.put("stuck_exit_s", stuckExitSeconds);
    if (multiModel) {
      m.put("multi_model", true);
      m.put("model_area", modelArea());
      m.put("mme_memory_mb", mmeMemoryBudgetBytes / (1024 * 1024));
    }
    if (patternsFile != null) {
      m.put("patterns_file", patternsFile);
      m.put("patterns_case_insensitive", patternsCaseInsensitive);
    }
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    return m;
  }
}
