package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  private static List<LabelledDoc> read(String content) throws IOException {
    return CorpusReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "f.txt");
  }

  private static String spans(LabelledDoc d) {
    StringBuilder sb = new StringBuilder();
    for (GoldSpan s : d.spans()) {
      int from = d.text().offsetByCodePoints(0, s.start());
      int to = d.text().offsetByCodePoints(0, s.end());
      sb.append(s.label()).append('=').append(d.text(), from, to).append(';');
    }
    return sb.toString();
  }

  @Test
  void conll_bio_gives_text_and_code_point_spans() throws IOException {
    LabelledDoc d = read("😀\tO\nBarack\tB-PER\nObama\tI-PER\nin\tO\nNew\tB-LOC\nYork\tI-LOC\n\nHi\tO\n").get(0);
    assertEquals("😀 Barack Obama in New York\nHi", d.text());
    assertEquals("PER=Barack Obama;LOC=New York;", spans(d));
    assertEquals(2, d.spans().get(0).start()); // the emoji is one code point
    assertEquals(2, d.sentences().size());
  }

  @Test
  void conll_iob1_splits_adjacent_entities_only_at_b() throws IOException {
    LabelledDoc d = read("-DOCSTART- -X- O O\n\nEU NNP I-ORG\nrejects VBZ O\nGerman JJ I-MISC\ncall NN O\n"
        + "Smith NNP I-PER\nJones NNP B-PER\nand CC O\nACME NNP I-ORG\nCorp NNP I-ORG\n").get(0);
    assertEquals("ORG=EU;MISC=German;PER=Smith;PER=Jones;ORG=ACME Corp;", spans(d));
  }

  @Test
  void conll_iobes_and_bilou_close_at_e_and_s() throws IOException {
    assertEquals("PER=A B;PER=C;ORG=D;", spans(read("A B-PER\nB E-PER\nC S-PER\nD U-ORG\n").get(0)));
    assertEquals("PER=A B;PER=C D;", spans(read("A B-PER\nB E-PER\nC B-PER\nD L-PER\n").get(0)));
  }

  @Test
  void conll_with_spacy_types_reads_every_one_including_underscored_names() throws IOException {
    LabelledDoc d = read("The\tO\nGerman\tB-NORP\nedition\tO\nof\tO\nWar\tB-WORK_OF_ART\nand\tI-WORK_OF_ART\n"
        + "Peace\tI-WORK_OF_ART\nsold\tO\n$\tB-MONEY\n3\tI-MONEY\nmillion\tI-MONEY\nin\tO\nParis\tB-GPE\n"
        + "on\tO\nMay\tB-DATE\n1\tI-DATE\nat\tO\nnoon\tB-TIME\n.\tO\n").get(0);
    assertEquals("NORP=German;WORK_OF_ART=War and Peace;MONEY=$ 3 million;GPE=Paris;DATE=May 1;TIME=noon;", spans(d));
  }

  @Test
  void jsonl_spacy_spans_with_extra_keys_read_in_code_points() throws IOException {
    LabelledDoc d = read("{\"text\": \"😀 Ada met 3 Peruvians.\", \"ents\": [{\"start\": 2, \"end\": 5, \"label\": \"PERSON\"},"
        + " {\"start\": 10, \"end\": 11, \"label\": \"CARDINAL\"}, {\"start\": 12, \"end\": 21, \"label\": \"NORP\"}],"
        + " \"source\": \"x:1\"}\n").get(0);
    assertEquals("PERSON=Ada;CARDINAL=3;NORP=Peruvians;", spans(d));
  }

  @Test
  void conll_types_may_contain_hyphens() throws IOException {
    assertEquals("creative-work=Star Wars;", spans(read("Star\tB-creative-work\nWars\tI-creative-work\n").get(0)));
  }

  @Test
  void conll_errors_name_file_and_line() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read("A O\nB\n"));
    assertTrue(e.getMessage().startsWith("f.txt:2: "), e.getMessage());
    assertTrue(e.getMessage().contains("one column"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("A O\nB X-PER\n"));
    assertTrue(e.getMessage().startsWith("f.txt:2: tag 'X-PER' has an unknown prefix"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("A B-\n"));
    assertTrue(e.getMessage().contains("no entity type"), e.getMessage());
  }

  @Test
  void spacy_and_doccano_json_lines() throws IOException {
    List<LabelledDoc> docs = read(
        "{\"text\": \"😀 Acme hired Ann.\", \"ents\": [{\"start\": 2, \"end\": 6, \"label\": \"ORG\"}]}\n\n"
            + "{\"text\": \"Ann met Bob\", \"label\": [[8, 11, \"PER\"], [0, 3, \"PER\"]]}\n");
    assertEquals(2, docs.size());
    assertEquals("ORG=Acme;", spans(docs.get(0)));
    assertEquals("PER=Ann;PER=Bob;", spans(docs.get(1))); // sorted
    assertNull(docs.get(0).sentences()); // tokenised later, by the server's tokenizer
    assertEquals("f.txt:3", docs.get(1).origin());
  }

  @Test
  void json_lines_errors_name_file_line_and_span() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> read("{\"text\": \"abc\", \"ents\": []}\n{\"text\": \"abc\", \"label\": [[1, 9, \"X\"]]}\n"));
    assertTrue(e.getMessage().startsWith("f.txt:2: span [1, 9, \"X\"] is out of range"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("{\"text\": \"abcdef\", \"label\": [[0, 3, \"X\"], [2, 5, \"Y\"]]}\n"));
    assertTrue(e.getMessage().contains("span [2, 5, \"Y\"] overlaps span [0, 3, \"X\"]"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("{\"text\": \"abc\"}\n{\"text\": broken\n"));
    assertTrue(e.getMessage().startsWith("f.txt:2: the line is not valid JSON"), e.getMessage());
    // Strict JSON: a key twice names file, line and key (lenient Gson kept the last).
    e = assertThrows(DataFormatException.class, () -> read("{\"text\": \"abc\"}\n{\"text\": \"a\", \"text\": \"b\"}\n"));
    assertTrue(e.getMessage().startsWith("f.txt:2: the line is not valid JSON (duplicate key 'text'"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("{\"txt\": \"abc\"}\n"));
    assertTrue(e.getMessage().contains("no string \"text\" field"), e.getMessage());
  }

  /** Issue 22: spaCy v2's training line was read as CoNLL columns and trained the label '"DRUG"]]}]'. */
  @Test
  void issue_22_spacy_v2_tuples_are_read_as_json_never_as_columns() throws IOException {
    List<LabelledDoc> lines = read("[\"Take aspirin daily.\", {\"entities\": [[5, 12, \"DRUG\"]]}]\n"
        + "[\"No drug here.\", {\"entities\": []}]\n");
    assertEquals(2, lines.size());
    assertEquals("DRUG=aspirin;", spans(lines.get(0)));
    // json.dump(TRAIN_DATA) writes one array, often indented over many lines.
    List<LabelledDoc> file = read("[\n  [\"Take aspirin.\", {\"entities\": [[5, 12, \"DRUG\"]]}],\n"
        + "  [\"Ibuprofen too.\", {\"entities\": [[0, 9, \"DRUG\"]]}]\n]\n");
    assertEquals("DRUG=aspirin;", spans(file.get(0)));
    assertEquals("DRUG=Ibuprofen;", spans(file.get(1)));
    DataFormatException e = assertThrows(DataFormatException.class, () -> read("[\"a\", {\"entities\": [[0, 1, \"X\"]]}\n"));
    assertTrue(e.getMessage().startsWith("f.txt: the file starts with '[' but is not valid JSON"), e.getMessage());
  }

  @Test
  void spacy_v2_json_training_format_reads_biluo_tokens() throws IOException {
    LabelledDoc d = read("[{\"id\": 0, \"paragraphs\": [{\"raw\": \"Ann joined Acme Corp.\", \"sentences\": [{\"tokens\": ["
        + "{\"id\": 0, \"orth\": \"Ann\", \"ner\": \"U-PERSON\"}, {\"id\": 1, \"orth\": \"joined\", \"ner\": \"O\"},"
        + "{\"id\": 2, \"orth\": \"Acme\", \"ner\": \"B-ORG\"}, {\"id\": 3, \"orth\": \"Corp.\", \"ner\": \"L-ORG\"},"
        + "{\"id\": 4, \"orth\": \"today\", \"ner\": \"-\"}]}]}]}]").get(0);
    assertEquals("Ann joined Acme Corp. today", d.text());
    assertEquals("PERSON=Ann;ORG=Acme Corp.;", spans(d));
  }

  /** Issue 22: an "entities" key was ignored and the job trained on 2 of 30 entities. */
  @Test
  void issue_22_entities_and_spans_keys_are_read_and_entities_under_other_keys_are_an_error() throws IOException {
    assertEquals("DRUG=aspirin;", spans(read("{\"text\": \"Take aspirin.\", \"entities\": [[5, 12, \"DRUG\"]]}\n").get(0)));
    assertEquals("DRUG=aspirin;", spans(read(
        "{\"text\": \"Take aspirin.\", \"spans\": [{\"start\": 5, \"end\": 12, \"label\": \"DRUG\", \"token_start\": 1}],"
            + " \"tokens\": [{\"text\": \"Take\", \"start\": 0, \"end\": 4, \"id\": 0}]}\n").get(0)));
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> read("{\"text\": \"Take aspirin.\"}\n{\"text\": \"Take aspirin.\", \"annotations\": [[5, 12, \"DRUG\"]]}\n"));
    assertTrue(e.getMessage().startsWith("f.txt:2: \"annotations\" holds 1 entity-like entry that would not be read"),
        e.getMessage());
    e = assertThrows(DataFormatException.class,
        () -> read("{\"text\": \"ab\", \"ents\": [], \"entities\": [[0, 1, \"X\"]]}\n"));
    assertTrue(e.getMessage().contains("both \"ents\" and \"entities\""), e.getMessage());
  }

  @Test
  void ground_truth_named_entity_manifests_read_the_job_annotations() throws IOException {
    List<LabelledDoc> docs = read("{\"source\": \"Ann joined Acme.\", \"ner-job\": {\"annotations\": {\"entities\": ["
        + "{\"label\": \"PER\", \"startOffset\": 0, \"endOffset\": 3}, {\"label\": \"ORG\", \"startOffset\": 11, \"endOffset\": 15}],"
        + " \"labels\": [{\"label\": \"PER\"}, {\"label\": \"ORG\"}]}}, \"ner-job-metadata\": {\"job-name\": \"x\"}}\n"
        + "{\"source\": \"Nothing.\", \"ner-job\": {\"annotations\": {\"entities\": []}}}\n");
    assertEquals("PER=Ann;ORG=Acme;", spans(docs.get(0)));
    assertEquals("", spans(docs.get(1)));
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(
        "{\"source\": \"a\", \"j1\": {\"annotations\": {\"entities\": []}}, \"j2\": {\"annotations\": {\"entities\": []}}}\n"));
    assertTrue(e.getMessage().contains("two labelling jobs, \"j1\" and \"j2\""), e.getMessage());
  }

  @Test
  void labels_with_quotes_brackets_or_spaces_are_refused_with_the_reason() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read("aspirin B-\"DRUG\"]]}]\n"));
    assertTrue(e.getMessage().startsWith("f.txt:1: the label '\"DRUG\"]]}]' contains '\"'"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("{\"text\": \"ab\", \"ents\": [[0, 1, \"MY LABEL\"]]}\n"));
    assertTrue(e.getMessage().contains("contains the character U+0020"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> read("<START:drug]> aspirin <END>\n"));
    assertTrue(e.getMessage().contains("contains ']'"), e.getMessage());
  }

  @Test
  void spacy_docbin_files_are_read_by_content_with_exact_text_and_code_point_spans() throws IOException {
    byte[] bytes = getClass().getResourceAsStream("/fixtures/training/small.spacy").readAllBytes();
    List<LabelledDoc> docs = CorpusReader.read(new ByteArrayInputStream(bytes), "train.bin");
    assertEquals(3, docs.size());
    assertEquals("Take aspirin with 😀 Acme Corp. today.", docs.get(0).text());
    assertEquals("DRUG=aspirin;ORG=Acme Corp.;", spans(docs.get(0)));
    assertEquals(20, docs.get(0).spans().get(1).start(), "code points, as Python's str");
    assertEquals("", spans(docs.get(1)));
    assertEquals("PERSON=Ann Lee;ORG=Globex;GPE=Paris;", spans(docs.get(2)));
    assertEquals("train.bin doc 2", docs.get(2).origin());
    // Gzipped too, and a CoNLL file whose first bytes happen to be a valid zlib header ("x ") stays CoNLL.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes);
    }
    assertEquals(3, CorpusReader.read(new ByteArrayInputStream(gz.toByteArray()), "t").size());
    assertEquals("LOC=x;", spans(read("x B-LOC\ny O\n").get(0)));
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> CorpusReader.read(new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length / 2)), "cut.spacy"));
    assertTrue(e.getMessage().startsWith("cut.spacy: the DocBin is truncated"), e.getMessage());
  }

  @Test
  void opennlp_format() throws IOException {
    List<LabelledDoc> docs = read("<START:person> Pierre Vinken <END> , 61 years old .\nHe joined <START:org> Elsevier <END> .\n\nNext doc .\n");
    assertEquals(2, docs.size());
    assertEquals("person=Pierre Vinken;org=Elsevier;", spans(docs.get(0)));
    assertEquals("Pierre Vinken , 61 years old .\nHe joined Elsevier .", docs.get(0).text());
  }

  @Test
  void opennlp_errors_name_file_and_line() {
    assertTrue(assertThrows(DataFormatException.class, () -> read("a <START:x> b\n")).getMessage()
        .startsWith("f.txt:1: <START:x> at token 1 is never closed"));
    assertTrue(assertThrows(DataFormatException.class, () -> read("ok .\n<START:x> a <START:y> b <END>\n")).getMessage()
        .startsWith("f.txt:2: '<START:y>' opens a name inside"));
    assertTrue(assertThrows(DataFormatException.class, () -> read("<START:x> a <END> b <END>\n")).getMessage()
        .contains("<END> after token 2 closes no name"));
  }

  @Test
  void gzip_and_folders_with_mixed_formats(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("Paris B-LOC\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("a.conll.gz"), bytes.toByteArray());
    Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"Rome\", \"ents\": [{\"start\": 0, \"end\": 4, \"label\": \"LOC\"}]}\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.txt"), "<START:LOC> Oslo <END>\n");
    Files.writeString(dir.resolve(".hidden"), "garbage\n");
    List<LabelledDoc> docs = CorpusReader.read(dir);
    assertEquals(3, docs.size());
    assertEquals("LOC=Paris;", spans(docs.get(0)));
    assertEquals("LOC=Rome;", spans(docs.get(1)));
    assertEquals("LOC=Oslo;", spans(docs.get(2)));
  }

  @Test
  void a_channel_under_a_hidden_folder_is_read_and_hidden_folders_inside_it_are_skipped(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve(".job/input/data/train");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("a.txt"), "<START:LOC> Oslo <END>\n");
    Files.writeString(dir.resolve(".git/b.txt"), "<START:LOC> Rome <END>\n");
    List<LabelledDoc> docs = CorpusReader.read(dir);
    assertEquals(1, docs.size());
    assertEquals("LOC=Oslo;", spans(docs.get(0)));
  }

  @Test
  void non_utf8_is_a_clear_error() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> CorpusReader.read(new ByteArrayInputStream(new byte[] {'a', ' ', 'O', '\n', (byte) 0xff, ' ', 'O', '\n'}), "x.conll"));
    assertTrue(e.getMessage().contains("is not UTF-8"), e.getMessage());
  }

  @Test
  void every_out_of_range_or_overlapping_span_of_a_file_is_reported_at_once() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(
        "{\"text\": \"abc\", \"label\": [[1, 9, \"X\"]]}\n{\"text\": \"abc\", \"label\": [[0, 1, \"X\"]]}\n"
            + "{\"text\": \"abcdef\", \"label\": [[0, 3, \"X\"], [2, 5, \"Y\"]]}\n"));
    String m = e.getMessage();
    assertTrue(m.startsWith("2 spans are out of range or overlap another."), m);
    assertTrue(m.contains("\n  f.txt:1: span [1, 9, \"X\"] is out of range") && m.contains("\n  f.txt:3: span [2, 5, \"Y\"] overlaps"), m);
  }
}
