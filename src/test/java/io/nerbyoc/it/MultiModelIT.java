package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SageMaker multi-model endpoint API through nginx: load, list, invoke, 409, 404, 507, unload. */
class MultiModelIT {

  private static Path modelDir(Path root, String name, String manifest) throws Exception {
    Path d = Files.createDirectories(root.resolve(name));
    Files.writeString(d.resolve("ner-model.json"), manifest);
    return d;
  }

  private static String load(String name, Path dir) {
    return "{\"model_name\": \"" + name + "\", \"url\": \"" + dir + "\"}";
  }

  @Test
  void load_invoke_list_reload_unload(@TempDir Path tmp) throws Exception {
    Path fast = modelDir(tmp, "fast", "{\"engine\": \"corenlp-embedded\", \"profile\": \"fast\"}");
    Path rules = modelDir(tmp, "rules", "{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"p.jsonl\"}]}");
    Files.writeString(rules.resolve("p.jsonl"), "{\"label\": \"WIDGET\", \"pattern\": \"Widget Pro\"}\n");
    Path accurate = modelDir(tmp, "accurate", "{\"engine\": \"corenlp-embedded\", \"profile\": \"accurate\"}");
    try (ServeProcess serve = ServeProcess.start(tmp.resolve("ml"),
        Map.of("SAGEMAKER_MULTI_MODEL", "true", "NER_MME_MEMORY_MB", "40"))) {
      assertEquals(200, serve.post("/models", load("fast", fast)).statusCode());
      assertEquals(200, serve.post("/models", load("rules", rules)).statusCode());
      String text = "{\"text\": \"Angela Merkel bought a Widget Pro.\"}";
      String a = serve.post("/models/fast/invoke", text, "Content-Type", "application/json").body();
      String b = serve.post("/models/rules/invoke", text, "Content-Type", "application/json").body();
      assertTrue(a.contains("\"PERSON\"") && !a.contains("WIDGET"), a);
      assertTrue(b.contains("\"WIDGET\"") && !b.contains("PERSON"), b);
      // /invocations with the target-model header reaches the same models.
      assertTrue(serve.post("/invocations", text, "X-Amzn-SageMaker-Target-Model", "rules").body().contains("WIDGET"));

      HttpResponse<String> again = serve.post("/models", load("fast", fast));
      assertEquals(409, again.statusCode(), again.body());
      assertTrue(again.body().contains("model_already_loaded"));
      // Budget: 40 MiB, each of these is estimated at ~16 MiB.
      HttpResponse<String> full = serve.post("/models", load("accurate", accurate));
      assertEquals(507, full.statusCode(), full.body());
      assertTrue(full.body().contains("NER_MME_MEMORY_MB"), full.body());

      JsonObject page1 = JsonParser.parseString(serve.get("/models?limit=1").body()).getAsJsonObject();
      assertEquals("fast", page1.getAsJsonArray("models").get(0).getAsJsonObject().get("modelName").getAsString());
      String token = page1.get("nextPageToken").getAsString();
      JsonObject page2 = JsonParser.parseString(serve.get("/models?limit=1&next_page_token=" + token).body()).getAsJsonObject();
      assertEquals("rules", page2.getAsJsonArray("models").get(0).getAsJsonObject().get("modelName").getAsString());
      assertTrue(!page2.has("nextPageToken"));
      assertEquals(fast.toString(), JsonParser.parseString(serve.get("/models/fast").body()).getAsJsonObject().get("modelUrl").getAsString());

      assertEquals(200, serve.delete("/models/fast").statusCode());
      assertEquals(404, serve.post("/models/fast/invoke", text, "Content-Type", "application/json").statusCode());
      assertEquals(404, serve.get("/models/fast").statusCode());
      assertEquals(404, serve.delete("/models/fast").statusCode());
    }
  }

  @Test
  void loading_one_model_does_not_block_invoking_another(@TempDir Path tmp) throws Exception {
    Path rules = modelDir(tmp, "rules", "{\"engine\": \"pipeline\", \"steps\": [{\"patterns\": \"p.jsonl\"}]}");
    Files.writeString(rules.resolve("p.jsonl"), "{\"label\": \"WIDGET\", \"pattern\": \"Widget Pro\"}\n");
    Path accurate = modelDir(tmp, "accurate", "{\"engine\": \"corenlp-embedded\", \"profile\": \"accurate\"}");
    try (ServeProcess serve = ServeProcess.start(tmp.resolve("ml"), Map.of("SAGEMAKER_MULTI_MODEL", "true"))) {
      assertEquals(200, serve.post("/models", load("rules", rules)).statusCode());
      long t0 = System.nanoTime();
      CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
        try {
          return serve.post("/models", load("accurate", accurate));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long worst = 0;
      int during = 0;
      while (!slow.isDone() && System.nanoTime() - t0 < 60_000_000_000L) {
        long s = System.nanoTime();
        HttpResponse<String> r = serve.post("/models/rules/invoke", "Widget Pro", "Content-Type", "text/plain");
        worst = Math.max(worst, System.nanoTime() - s);
        assertEquals(200, r.statusCode());
        during++;
      }
      HttpResponse<String> loaded = slow.get();
      assertEquals(200, loaded.statusCode(), loaded.body());
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf("MME: accurate model loaded in %d ms; %d invocations of another model meanwhile, slowest %d ms%n",
          loadMs, during, worst / 1_000_000);
      assertTrue(during > 0, "the load finished before any invocation");
      assertTrue(worst < 1_000_000_000L, "an invocation waited " + worst / 1_000_000 + " ms behind a load");
    }
  }
}
