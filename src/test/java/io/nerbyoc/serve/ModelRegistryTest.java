package io.nerbyoc.serve;

import io.nerbyoc.Components;
import io.nerbyoc.pipeline.ModelDirectories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Recognizer;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {
  private static final String CONLL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  private final WorkerPool pool = new WorkerPool(1, 1);
  @TempDir
  Path tmp;

  @AfterEach
  void close() {
    pool.close();
  }

  private ModelRegistry registry(Map<String, String> env, Function<Path, Recognizer> loader) {
    Map<String, String> all = new HashMap<>(env);
    all.put("NER_ML_ROOT", tmp.resolve("ml").toString());
    all.putIfAbsent("NER_EMBEDDED_MODEL_DIR", tmp.resolve("embedded").toString());
    return new ModelRegistry(Settings.fromEnv(all), pool, loader,
        dir -> ModelDirectories.read(dir, Components.ALL).embeddedFiles());
  }

  private ModelRegistry registry() {
    return registry(Map.of(), dir -> new FakeRecognizer());
  }

  /** A model directory under the model area. */
  private Path model(String name, String manifest) throws Exception {
    Path d = Files.createDirectories(tmp.resolve("ml/models").resolve(name));
    Files.writeString(d.resolve("ner-model.json"), manifest);
    return d;
  }

  private Path model(String name) throws Exception {
    return model(name, "{\"engine\": \"corenlp-crf\", \"models\": [\"m.crf\"]}");
  }

  private static ApiException fails(int status, String code, Runnable r) {
    ApiException e = assertThrows(ApiException.class, r::run);
    assertEquals(status, e.status(), e.getMessage());
    assertEquals(code, e.code(), e.getMessage());
    return e;
  }

  @Test
  void a_load_failing_in_the_loader_frees_its_name_and_bytes() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ModelRegistry reg = registry(Map.of("NER_MME_MEMORY_MB", "40"), dir -> {
      if (calls.getAndIncrement() < 2) {
        throw calls.get() == 1 ? ApiException.badRequest("invalid_model", "bad", "fix") : new IllegalStateException("bug");
      }
      return new FakeRecognizer();
    });
    String url = model("m").toString();
    fails(400, "invalid_model", () -> reg.load("m", url));
    assertThrows(IllegalStateException.class, () -> reg.load("m", url));
    fails(404, "model_not_found", () -> reg.get("m"));
    // 40 MiB holds two 16 MiB models only if the failed loads gave their reservations back.
    assertEquals("m", reg.load("m", url).name());
    assertEquals("m2", reg.load("m2", url).name());
  }

  @Test
  void a_load_failing_in_the_estimate_frees_its_name() throws Exception {
    ModelRegistry reg = registry();
    Path deep = model("deep");
    Files.createDirectories(deep.resolve("1/2/3/4/5/6/7/8/9"));
    ApiException e = fails(400, "model_too_large", () -> reg.load("stuck", deep.toString()));
    assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    fails(404, "model_not_found", () -> reg.get("stuck"));
    fails(404, "model_not_found", () -> reg.unload("stuck"));
    assertEquals("stuck", reg.load("stuck", model("ok").toString()).name());
  }

  @Test
  void a_directory_with_too_many_files_is_refused_without_walking_it_all() throws Exception {
    ModelRegistry reg = registry();
    Path many = model("many");
    for (int i = 0; i <= ModelFootprint.MAX_FILES; i++) {
      Files.createFile(many.resolve("f" + i));
    }
    ApiException e = fails(400, "model_too_large", () -> reg.load("many", many.toString()));
    assertTrue(e.getMessage().contains("more than " + ModelFootprint.MAX_FILES), e.getMessage());
  }

  @Test
  void the_url_must_be_a_directory_under_the_model_area() throws Exception {
    ModelRegistry reg = registry();
    Path area = Files.createDirectories(tmp.resolve("ml/models"));
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(area.resolve("link"), outside);
    Files.writeString(area.resolve("file"), "x");
    for (String url : new String[] {"/proc", "/proc/self", ".", "/", "/root", outside.toString(), area.toString(),
        area + "/../elsewhere", area.resolve("link").toString(), area.resolve("missing").toString(),
        area.resolve("file").toString(), "models/x", ""}) {
      ApiException e = fails(400, "invalid_model_url", () -> reg.load("m", url));
      assertTrue(e.getMessage().contains(area.toString()), e.getMessage());
      fails(404, "model_not_found", () -> reg.get("m"));
    }
    assertEquals("m", reg.load("m", model("good").toString()).name());
  }

  @Test
  void a_nul_in_the_url_is_a_400_with_no_control_characters_in_the_message() {
    ApiException e = fails(400, "invalid_model_url", () -> registry().load("m", "/tmp\u0000x"));
    assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), e.getMessage());
  }

  @Test
  void the_estimate_counts_the_embedded_files_a_manifest_loads_once() throws Exception {
    Path crf = Files.createDirectories(tmp.resolve("embedded").resolve(CONLL).getParent()).resolve(Path.of(CONLL).getFileName());
    try (RandomAccessFile f = new RandomAccessFile(crf.toFile(), "rw")) {
      f.setLength(20L << 20); // sparse: 20 MiB x factor 4 = 80 MiB in the estimate
    }
    String fast = "{\"engine\": \"corenlp-embedded\", \"profile\": \"fast\"}";
    ModelRegistry small = registry(Map.of("NER_MME_MEMORY_MB", "90"), dir -> new FakeRecognizer());
    String fastUrl = model("fast", fast).toString();
    String plainUrl = model("plain").toString();
    ApiException e = fails(507, "insufficient_memory", () -> small.load("fast", fastUrl));
    assertTrue(e.getMessage().contains("about 96 MiB"), e.getMessage());
    // Inside a pipeline too, and the refused load reserved nothing: a plain model still fits.
    String pipeline = "{\"engine\": \"pipeline\", \"steps\": [{\"engine\": \"corenlp-embedded\", \"profile\": \"fast\"}]}";
    String pipelineUrl = model("p", pipeline).toString();
    fails(507, "insufficient_memory", () -> small.load("p", pipelineUrl));
    small.load("plain", plainUrl);

    // Shared: the embedded models are loaded once per process, so charged once: 96 + 16 fit in 125 MiB, a third 16 does not.
    ModelRegistry big = registry(Map.of("NER_MME_MEMORY_MB", "125"), dir -> new FakeRecognizer());
    big.load("a", fastUrl);
    big.load("b", fastUrl);
    fails(507, "insufficient_memory", () -> big.load("c", plainUrl));
    big.unload("b");
    big.load("c", plainUrl);
  }

  @Test
  void next_page_token_must_be_one_we_gave() throws Exception {
    ModelRegistry reg = registry();
    reg.load("a", model("a").toString());
    reg.load("b", model("b").toString());
    ModelRegistry.Page first = reg.list(1, null);
    assertEquals("1", first.nextPageToken());
    assertEquals("b", reg.list(1, first.nextPageToken()).models().get(0).name());
    for (String token : new String[] {"-1", "abc", "1.5", "99999999999", " 1"}) {
      ApiException e = fails(400, "invalid_field", () -> reg.list(1, token));
      assertTrue(e.getMessage().contains("next_page_token"), e.getMessage());
    }
    // A token past the end (models unloaded since it was given) is an empty last page.
    assertTrue(reg.list(1, "5").models().isEmpty());
    assertTrue(reg.list(1000, "1").models().size() == 1);
  }

  @Test
  void invocations_without_a_target_model_are_a_400_naming_the_header() throws Exception {
    ModelRegistry reg = registry();
    for (String header : new String[] {null, "", "  "}) {
      ApiException e = fails(400, "missing_target_model", () -> reg.target(header));
      assertTrue(e.getMessage().contains("X-Amzn-SageMaker-Target-Model"), e.getMessage());
      assertTrue(e.hint().contains("X-Amzn-SageMaker-Target-Model: <model name>") && e.hint().contains("/models/"), e.hint());
    }
  }

  @Test
  void invocations_of_an_unknown_target_model_are_a_404_and_a_loaded_one_is_found() throws Exception {
    ModelRegistry reg = registry();
    ApiException e = fails(404, "model_not_found", () -> reg.target("nope"));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
    reg.load("m", model("m").toString());
    assertTrue(reg.target("m") == reg.get("m").invocations());
  }
}
