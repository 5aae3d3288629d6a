package io.nerbyoc.it;

import io.nerbyoc.core.Checkpoint;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A Recognizer that asks a running serve over HTTP, for scoring the endpoint like evaluate does. */
final class HttpRecognizer implements Recognizer {
  private final ServeProcess serve;

  HttpRecognizer(ServeProcess serve) {
    this.serve = serve;
  }

  @Override
  public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
    try {
      JsonObject body = new JsonObject();
      body.addProperty("text", text);
      JsonObject options = new JsonObject();
      options.addProperty("label_scheme", "corenlp"); // the model's own labels
      body.add("options", options);
      HttpResponse<String> r = serve.post("/invocations", body.toString(), "Content-Type", "application/json");
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
      }
      List<Entity> out = new ArrayList<>();
      for (JsonElement e : JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("ents")) {
        JsonObject o = e.getAsJsonObject();
        out.add(new Entity(o.get("start").getAsInt(), o.get("end").getAsInt(), o.get("label").getAsString(),
            o.get("text").getAsString(), o.get("score").getAsDouble(), "http"));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Set<String> labels() {
    return Set.of();
  }

  @Override
  public String describe() {
    return "serve over HTTP";
  }
}
