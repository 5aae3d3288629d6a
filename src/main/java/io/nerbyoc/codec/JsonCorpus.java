package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.tags.Tag;
import io.nerbyoc.tags.TagScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * A training file that is one JSON array: spaCy v2's training tuples as {@code json.dump(TRAIN_DATA)}
 * writes them ({@code [["text", {"entities": [[0, 4, "ORG"]]}], ...]}), or spaCy v2's JSON training
 * format as {@code spacy convert} wrote it ({@code [{"id": 0, "paragraphs": [{"sentences":
 * [{"tokens": [{"orth": "Acme", "ner": "U-ORG"}]}]}]}]}, BILUO tags). Errors are
 * IllegalArgumentException naming the element.
 */
public final class JsonCorpus {
  /** One document: span-annotated text (tuples) or tokenised sentences (v2 JSON). */
  public record Item(String where, SpanJson.Line spans, List<TokenSentence> sentences) {}

  private JsonCorpus() {}

  /** A whole spaCy v2 tuple {@code ["text", {...}]} on one line: JSON Lines of tuples, not one array. */
  public static boolean isTupleLine(String line) {
    try {
      JsonElement e = StrictJson.read(line);
      return e.isJsonArray() && !e.getAsJsonArray().isEmpty() && e.getAsJsonArray().get(0).isJsonPrimitive();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static List<Item> parse(String json) {
    JsonElement root;
    try {
      root = StrictJson.read(json);
    } catch (StrictJson.InvalidJson e) {
      throw new IllegalArgumentException("the file starts with '[' but is not valid JSON (" + e.getMessage() + "); "
          + "write one JSON array (spaCy v2 training data) or one JSON value per line (JSON Lines).");
    }
    if (!root.isJsonArray()) {
      throw new IllegalArgumentException("the file is not a JSON array.");
    }
    List<Item> items = new ArrayList<>();
    JsonArray all = root.getAsJsonArray();
    for (int i = 0; i < all.size(); i++) {
      String where = "element " + i;
      JsonElement e = all.get(i);
      try {
        if (e.isJsonObject() && e.getAsJsonObject().has("paragraphs")) {
          int p = 0;
          for (JsonElement para : array(e.getAsJsonObject(), "paragraphs")) {
            items.add(new Item(where + ", paragraph " + p++, null, paragraph(para)));
          }
        } else {
          items.add(new Item(where, SpanJson.of(e), null));
        }
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException(where + ": " + x.getMessage(), x);
      }
    }
    return items;
  }

  private static List<TokenSentence> paragraph(JsonElement para) {
    if (!para.isJsonObject()) {
      throw new IllegalArgumentException("a paragraph must be an object with \"sentences\".");
    }
    List<TokenSentence> out = new ArrayList<>();
    for (JsonElement s : array(para.getAsJsonObject(), "sentences")) {
      if (!s.isJsonObject()) {
        throw new IllegalArgumentException("a sentence must be an object with \"tokens\".");
      }
      List<String> words = new ArrayList<>();
      List<Tag> tags = new ArrayList<>();
      for (JsonElement t : array(s.getAsJsonObject(), "tokens")) {
        JsonObject tok = t.isJsonObject() ? t.getAsJsonObject() : null;
        if (tok == null || !isString(tok.get("orth"))) {
          throw new IllegalArgumentException("token " + t + " has no string \"orth\".");
        }
        String ner = isString(tok.get("ner")) ? tok.get("ner").getAsString() : "O";
        // "-" is spaCy's "not annotated"; training treats it as outside, as spaCy v2 did with missing values off.
        tags.add("-".equals(ner) ? Tag.OUTSIDE : Tag.parseStrict(ner));
        words.add(tok.get("orth").getAsString());
      }
      out.add(new TokenSentence(words, TagScheme.decode(tags)));
    }
    return out;
  }

  private static JsonArray array(JsonObject o, String key) {
    if (!o.has(key) || !o.get(key).isJsonArray()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a JSON array.");
    }
    return o.getAsJsonArray(key);
  }

  private static boolean isString(JsonElement e) {
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
  }
}
