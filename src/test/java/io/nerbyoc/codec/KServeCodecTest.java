package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.codec.Invocation.Shape;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Doc;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.RequestOptions;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

public class KServeCodecTest {
  private static final RequestOptions DEFAULTS = RequestOptions.of(LabelScheme.SPACY);

  public static byte[] binaryRequest(List<String> texts) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (String t : texts) {
      byte[] b = t.getBytes(StandardCharsets.UTF_8);
      data.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
      data.writeBytes(b);
    }
    String header = "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [" + texts.size() + "], \"datatype\": \"BYTES\", "
        + "\"parameters\": {\"binary_data_size\": " + data.size() + "}}]}";
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    all.writeBytes(data.toByteArray());
    return all.toByteArray();
  }

  public static String binaryType(byte[] body) {
    int header = new String(body, StandardCharsets.ISO_8859_1).indexOf("}]}") + 3;
    return KServeCodec.BINARY_TYPE + ";json-header-size=" + header;
  }

  @Test
  void json_tensor_of_texts_round_trips() {
    String body = "{\"id\": \"r1\", \"inputs\": [{\"name\": \"TEXT\", \"shape\": [2], \"datatype\": \"BYTES\", \"data\": [\"Ada\", \"😀 Paris\"]}]}";
    Invocation inv = RequestDecoder.decode(body.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, null, DEFAULTS);
    assertEquals(Shape.V2, inv.shape());
    assertEquals(List.of("Ada", "😀 Paris"), inv.items().stream().map(Invocation.Item::text).toList());
    List<Result> results = List.of(
        Result.of(new Doc("Ada", List.of(new Entity(0, 3, "PERSON", "Ada", 0.9, null)))),
        Result.failed(ApiException.badRequest("x", "bad", "fix")));
    KServeCodec.Encoded e = KServeCodec.encode(inv, results, "ner");
    assertEquals("application/json", e.contentType());
    JsonObject out = JsonParser.parseString(new String(e.body(), StandardCharsets.UTF_8)).getAsJsonObject();
    assertEquals("ner", out.get("model_name").getAsString());
    assertEquals("r1", out.get("id").getAsString());
    JsonObject tensor = out.getAsJsonArray("outputs").get(0).getAsJsonObject();
    assertEquals("ENTITIES", tensor.get("name").getAsString());
    assertEquals("[2]", tensor.get("shape").toString());
    assertEquals("BYTES", tensor.get("datatype").getAsString());
    JsonObject doc = JsonParser.parseString(tensor.getAsJsonArray("data").get(0).getAsString()).getAsJsonObject();
    assertEquals("PERSON", doc.getAsJsonArray("ents").get(0).getAsJsonObject().get("label").getAsString());
    assertTrue(tensor.getAsJsonArray("data").get(1).getAsString().startsWith("{\"error\""));
  }

  @Test
  void binary_tensor_round_trips() {
    byte[] body = binaryRequest(List.of("Ada", "Grüße aus Köln 😀"));
    Invocation inv = RequestDecoder.decode(body, InputFormat.of(binaryType(body)), binaryType(body), DEFAULTS);
    assertEquals(Shape.V2_BINARY, inv.shape());
    assertEquals("Grüße aus Köln 😀", inv.items().get(1).text());
    KServeCodec.Encoded e = KServeCodec.encode(inv,
        List.of(Result.of(new Doc("Ada", List.of())), Result.of(new Doc("x", List.of()))), "ner");
    assertTrue(e.contentType().startsWith(KServeCodec.BINARY_TYPE + ";json-header-size="));
    int header = Integer.parseInt(e.contentType().substring(e.contentType().indexOf('=') + 1));
    JsonObject h = JsonParser.parseString(new String(e.body(), 0, header, StandardCharsets.UTF_8)).getAsJsonObject();
    int size = h.getAsJsonArray("outputs").get(0).getAsJsonObject().getAsJsonObject("parameters").get("binary_data_size").getAsInt();
    assertEquals(e.body().length - header, size);
    ByteBuffer b = ByteBuffer.wrap(e.body(), header, size).order(ByteOrder.LITTLE_ENDIAN);
    int len = b.getInt();
    byte[] first = new byte[len];
    b.get(first);
    assertEquals("{\"text\":\"Ada\",\"ents\":[]}", new String(first, StandardCharsets.UTF_8));
  }

  @Test
  void malformed_tensors_are_400_invalid_tensor() {
    String[] bad = {
      "{\"inputs\": []}",
      "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [1], \"datatype\": \"FP32\", \"data\": [1.0]}]}",
      "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [2], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}",
      "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [\"x\"], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}",
      "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [1], \"datatype\": \"BYTES\", \"data\": [5]}]}",
      "{\"inputs\": [{\"name\": \"A\", \"shape\": [1], \"datatype\": \"BYTES\", \"data\": [\"a\"]},"
          + " {\"name\": \"B\", \"shape\": [1], \"datatype\": \"BYTES\", \"data\": [\"b\"]}]}",
      "{\"inputs\": 3}",
    };
    for (String b : bad) {
      ApiException e = assertThrows(ApiException.class,
          () -> RequestDecoder.decode(b.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, null, DEFAULTS), b);
      assertEquals(400, e.status(), b);
      assertTrue(e.code().equals("invalid_tensor"), b + " -> " + e.code());
    }
  }

  @Test
  void malformed_binary_bodies_are_400() {
    byte[] ok = binaryRequest(List.of("Ada"));
    String type = binaryType(ok);
    byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 2);
    assertEquals("invalid_tensor", assertThrows(ApiException.class,
        () -> RequestDecoder.decode(cut, InputFormat.V2_BINARY, type, DEFAULTS)).code());
    assertEquals("invalid_tensor", assertThrows(ApiException.class,
        () -> RequestDecoder.decode(ok, InputFormat.V2_BINARY, KServeCodec.BINARY_TYPE, DEFAULTS)).code());
    assertEquals("invalid_tensor", assertThrows(ApiException.class,
        () -> RequestDecoder.decode(ok, InputFormat.V2_BINARY, KServeCodec.BINARY_TYPE + ";json-header-size=99999", DEFAULTS)).code());
  }

  private static ApiException tensorError(String body, String... contentType) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ApiException e = assertThrows(ApiException.class, () -> {
      if (contentType.length == 0) {
        RequestDecoder.decode(b, InputFormat.JSON, null, DEFAULTS);
      } else {
        RequestDecoder.decode(b, InputFormat.V2_BINARY, contentType[0], DEFAULTS);
      }
    }, body);
    assertEquals(400, e.status());
    assertEquals("invalid_tensor", e.code(), e.getMessage());
    return e;
  }

  @Test
  void shape_out_of_range_or_not_whole_is_a_400_naming_field_and_range() {
    for (String dim : new String[] {"1e10000", "18446744073709551617", "2147483648", "-1", "1.5", "\"1\"", "null", "1e-5"}) {
      String body = "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [" + dim + "], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}";
      ApiException e = tensorError(body);
      assertTrue(e.getMessage().contains("shape[0] must be a whole number from 0 to 2147483647"), e.getMessage());
    }
    String product = "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [65536, 65536], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}";
    assertTrue(tensorError(product).getMessage().contains("more than 2147483647 elements"));
    // 1.0 is a whole number; [1, 1] is one element.
    String ok = "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [1.0, 1], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}";
    assertEquals(1, RequestDecoder.decode(ok.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, null, DEFAULTS).items().size());
  }

  @Test
  void binary_data_size_and_json_header_size_are_range_checked() {
    byte[] good = binaryRequest(List.of("Angela Merkel"));
    String header = new String(good, StandardCharsets.UTF_8);
    header = header.substring(0, header.indexOf("}]}") + 3);
    int realSize = good.length - header.length();
    // 2^64 + 21 used to wrap to 21 bytes.
    for (String size : new String[] {"18446744073709551637", "1e10000", "-1", "2.5", "\"17\""}) {
      String h = header.replace("\"binary_data_size\": " + realSize, "\"binary_data_size\": " + size);
      byte[] body = (h + new String(good, StandardCharsets.UTF_8).substring(header.length())).getBytes(StandardCharsets.UTF_8);
      ApiException e = tensorError(new String(body, StandardCharsets.UTF_8), KServeCodec.BINARY_TYPE + ";json-header-size=" + h.length());
      assertTrue(e.getMessage().contains("binary_data_size must be a whole number from 0 to"), e.getMessage());
    }
    for (String n : new String[] {"-1", "4294967296", "1e3", "x", ""}) {
      ApiException e = tensorError(header, KServeCodec.BINARY_TYPE + ";json-header-size=" + n);
      assertTrue(e.getMessage().contains("json-header-size") && e.getMessage().contains("from 0 to 2147483647"), e.getMessage());
    }
  }
}
