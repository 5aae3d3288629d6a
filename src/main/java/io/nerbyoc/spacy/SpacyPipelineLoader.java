package io.nerbyoc.spacy;

import io.nerbyoc.codec.PatternCodec;
import io.nerbyoc.patterns.EntityPattern;
import io.nerbyoc.patterns.PatternException;
import io.nerbyoc.patterns.PatternSet;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.spacy.format.MiniJson;
import io.nerbyoc.spacy.format.Msgpack;
import io.nerbyoc.spacy.format.Npy;
import io.nerbyoc.spacy.format.ThincModel;
import io.nerbyoc.spacy.ner.GreedyNer;
import io.nerbyoc.spacy.ner.Moves;
import io.nerbyoc.spacy.nn.Linear;
import io.nerbyoc.spacy.nn.ParserLoader;
import io.nerbyoc.spacy.nn.StaticVectors;
import io.nerbyoc.spacy.nn.Tok2Vec;
import io.nerbyoc.spacy.nn.Tok2VecLoader;
import io.nerbyoc.spacy.text.SpacyToken;
import io.nerbyoc.spacy.text.SpacyTokenizer;
import io.nerbyoc.spacy.text.TokenizerRules;
import io.nerbyoc.spacy.vocab.Vocab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pipeline directory and checks, before anything runs, that every component and
 * architecture is one the engine reproduces; anything else is refused with the component, its
 * architecture, what is supported and what to do. Components that cannot change tokens, entities
 * or sentence boundaries (tagger, lemmatizer, text classifiers...) are skipped and said so.
 */
final class SpacyPipelineLoader {
  static final String TOKENIZER = "spacy.Tokenizer.v1";
  static final Set<String> TOK2VEC_ARCHS = Set.of("spacy.Tok2Vec.v2", "spacy.HashEmbedCNN.v2");
  static final String EMBED_ARCH = "spacy.MultiHashEmbed.v2";
  static final String ENCODE_ARCH = "spacy.MaxoutWindowEncoder.v2";
  static final String PARSER_ARCH = "spacy.TransitionBasedParser.v2";
  static final String LISTENER_ARCH = "spacy.Tok2VecListener.v1";
  /** Factories whose output the NER never reads: skipped with a note. */
  static final Set<String> SKIPPED = Set.of("tagger", "morphologizer", "attribute_ruler", "lemmatizer",
      "trainable_lemmatizer", "textcat", "textcat_multilabel", "parser");
  static final String TAGGER_ARCH = "spacy.Tagger.v2";
  static final String SUPPORTED = "tok2vec (" + String.join(", ", TOK2VEC_ARCHS) + " with " + EMBED_ARCH + " and "
      + ENCODE_ARCH + "), ner (" + PARSER_ARCH + ", state_type ner, own tok2vec or " + LISTENER_ARCH + "), senter ("
      + TAGGER_ARCH + "), entity_ruler (phrase_matcher_attr ORTH or LOWER)";

  private final Path dir;
  private final SpacyConfig config;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Tok2Vec> tok2vecs = new LinkedHashMap<>();
  /** Vectors the caller supplies for a pipeline that ships none of its own (null: read {@code vocab/vectors}). */
  private final StaticVectors.Table suppliedVectors;
  private StaticVectors.Table vocabVectors;

  private SpacyPipelineLoader(Path dir, SpacyConfig config, StaticVectors.Table suppliedVectors) {
    this.dir = dir;
    this.config = config;
    this.suppliedVectors = suppliedVectors;
  }

  static SpacyPipeline load(Path dir, StaticVectors.Table suppliedVectors) {
    Path cfg = dir.resolve("config.cfg");
    if (!Files.isRegularFile(cfg)) {
      throw new ModelLoadException(dir + " is not a spaCy pipeline: it has no config.cfg. Save the pipeline with "
          + "nlp.to_disk(path) and package that directory.");
    }
    try {
      return new SpacyPipelineLoader(dir, SpacyConfig.read(cfg), suppliedVectors).build();
    } catch (IOException e) {
      throw new ModelLoadException("spaCy pipeline " + dir + " cannot be read: " + e.getMessage()
          + ". Save it again with nlp.to_disk(path) from spaCy 3.x and package the whole directory.");
    }
  }

  private SpacyPipeline build() throws IOException {
    String tokenizerArch = config.string("nlp.tokenizer", "@tokenizers");
    if (tokenizerArch != null && !tokenizerArch.equals(TOKENIZER)) {
      throw refuse("tokenizer", "nlp.tokenizer", tokenizerArch, TOKENIZER);
    }
    SpacyTokenizer tokenizer = new SpacyTokenizer(TokenizerRules.read(file("tokenizer")));
    Vocab vocab = new Vocab(lexemeNorms());
    List<PipeStep> steps = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    List<Object> disabled = config.list("nlp", "disabled");
    for (Object o : config.list("nlp", "pipeline")) {
      String name = String.valueOf(o);
      if (disabled.contains(name)) {
        notes.add("component '" + name + "' is disabled in config.cfg and does not run");
        continue;
      }
      String section = "components." + name;
      String factory = config.string(section, "factory");
      if (factory == null) {
        throw new ModelLoadException("spaCy pipeline " + dir + ": component '" + name + "' has no factory in config.cfg "
            + "(a sourced component?). Save the assembled pipeline with nlp.to_disk and package that directory.");
      }
      switch (factory) {
        case "tok2vec" -> {
          Tok2Vec t = tok2vec(name, section + ".model", file(name, "model"));
          tok2vecs.put(name, t);
          steps.add(new Tok2VecStep(name, t));
        }
        case "senter" -> steps.add(senter(name, section));
        case "entity_ruler" -> {
          RulerStep ruler = ruler(name, section, tokenizer);
          labels.addAll(ruler.labels());
          steps.add(ruler);
        }
        case "ner" -> {
          NerStep ner = ner(name, section + ".model");
          labels.addAll(ner.decoder().labels());
          steps.add(ner);
        }
        default -> {
          if (!SKIPPED.contains(factory)) {
            throw new ModelLoadException("spaCy pipeline " + dir + ": component '" + name + "' (factory '" + factory
                + "') is not supported. Supported: " + SUPPORTED + "; skipped as they do not change entities: "
                + String.join(", ", SKIPPED) + ". Remove it (nlp.remove_pipe(\"" + name + "\")) before nlp.to_disk.");
          }
          notes.add(factory.equals("parser")
              ? "component '" + name + "' (parser) is skipped: sentence boundaries come from a senter if the pipeline has "
                  + "one, otherwise entities are not bounded by sentences"
              : "component '" + name + "' (" + factory + ") is skipped: it does not change entities");
        }
      }
    }
    if (steps.stream().noneMatch(st -> st instanceof NerStep || st instanceof RulerStep)) {
      throw new ModelLoadException("spaCy pipeline " + dir + " has no ner or entity_ruler component (pipeline: "
          + config.list("nlp", "pipeline") + "). Serve a pipeline with a trained ner: spacy init config --pipeline ner.");
    }
    return new SpacyPipeline(dir, metaName(), tokenizer, vocab, steps, List.copyOf(labels), notes);
  }

  private Tok2Vec tok2vec(String component, String section, Path weights) throws IOException {
    String arch = config.string(section, "@architectures");
    if (!TOK2VEC_ARCHS.contains(arch)) {
      throw refuse(component, section, arch, String.join(", ", TOK2VEC_ARCHS));
    }
    if (arch.equals("spacy.Tok2Vec.v2")) {
      String embed = config.string(section + ".embed", "@architectures");
      String encode = config.string(section + ".encode", "@architectures");
      if (!EMBED_ARCH.equals(embed)) {
        throw refuse(component, section + ".embed", embed, EMBED_ARCH);
      }
      if (!ENCODE_ARCH.equals(encode)) {
        throw refuse(component, section + ".encode", encode, ENCODE_ARCH);
      }
    }
    try {
      return Tok2VecLoader.build(ThincModel.read(weights), this::staticVectors);
    } catch (IOException e) {
      throw new IOException(weights + ": " + e.getMessage(), e);
    }
  }

  private NerStep ner(String component, String section) throws IOException {
    String arch = config.string(section, "@architectures");
    if (!PARSER_ARCH.equals(arch)) {
      throw refuse(component, section, arch, PARSER_ARCH);
    }
    String stateType = config.string(section, "state_type");
    if (!"ner".equals(stateType)) {
      throw refuse(component, section + ".state_type", stateType, "ner");
    }
    Path weights = file(component, "model");
    ThincModel m = ThincModel.read(weights);
    String t2vArch = config.string(section + ".tok2vec", "@architectures");
    Tok2Vec own = null;
    String upstream = null;
    if (LISTENER_ARCH.equals(t2vArch)) {
      upstream = upstream(component, config.string(section + ".tok2vec", "upstream"));
    } else {
      own = tok2vec(component, section + ".tok2vec", weights);
    }
    try {
      GreedyNer decoder = new GreedyNer(ParserLoader.build(m), Moves.read(file(component, "moves")));
      return new NerStep(component, decoder, own, upstream);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(weights + ": " + e.getMessage(), e);
    }
  }

  private SenterStep senter(String component, String section) throws IOException {
    String arch = config.string(section + ".model", "@architectures");
    if (!TAGGER_ARCH.equals(arch)) {
      throw refuse(component, section + ".model", arch, TAGGER_ARCH);
    }
    Path weights = file(component, "model");
    ThincModel m = ThincModel.read(weights);
    Tok2Vec own = null;
    String upstream = null;
    if (LISTENER_ARCH.equals(config.string(section + ".model.tok2vec", "@architectures"))) {
      upstream = upstream(component, config.string(section + ".model.tok2vec", "upstream"));
    } else {
      own = tok2vec(component, section + ".model.tok2vec", weights);
    }
    List<ThincModel.Node> softmax = m.named("softmax");
    if (softmax.size() != 1) {
      throw new IOException(weights + ": expected one softmax output layer, found " + softmax.size());
    }
    ThincModel.Node out = softmax.get(0);
    int nO = out.dim("nO");
    int nI = out.dim("nI");
    if (nO != 2) {
      throw new IOException(weights + ": a senter predicts 2 classes, this one " + nO);
    }
    Linear linear = new Linear(nO, nI, out.param("W").floats("softmax W", nO, nI), out.param("b").floats("softmax b", nO));
    return new SenterStep(component, linear, own, upstream, config.bool(section, "overwrite", false));
  }

  /** An entity ruler's patterns; phrase patterns are tokenised by the pipeline's tokenizer, as spaCy does. */
  private RulerStep ruler(String component, String section, SpacyTokenizer tokenizer) throws IOException {
    String attr = config.string(section, "phrase_matcher_attr");
    if (attr != null && !attr.equals("ORTH") && !attr.equals("LOWER")) {
      throw refuse(component, section + ".phrase_matcher_attr", attr, "ORTH, LOWER or null");
    }
    Path file = file(component, "patterns.jsonl");
    List<EntityPattern> parsed;
    try {
      parsed = PatternCodec.read(file);
    } catch (PatternException e) {
      throw new ModelLoadException("spaCy pipeline " + dir + ": " + e.getMessage() + ". The engine supports these "
          + "token attributes in entity_ruler patterns: ORTH, TEXT, LOWER, SHAPE, IS_DIGIT, IS_TITLE, IS_UPPER, REGEX, OP.");
    }
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    List<EntityPattern> patterns = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      EntityPattern p = parsed.get(i);
      if (p.isPhrase() && MiniJson.parseObject(lines.get(i)).get("pattern") instanceof String phrase) {
        List<String> words = tokenizer.tokenize(phrase).stream().map(SpacyToken::text).toList();
        p = new EntityPattern(p.label(), p.id(), words, null);
      }
      patterns.add(p);
    }
    return new RulerStep(component, new PatternSet(patterns, "LOWER".equals(attr)),
        patterns.stream().map(EntityPattern::label).distinct().toList(), config.bool(section, "overwrite_ents", false));
  }

  /** The tok2vec a listener reads: the one named, or with "*" the last one before it. */
  private String upstream(String component, String name) {
    if (name != null && !name.equals("*")) {
      if (!tok2vecs.containsKey(name)) {
        throw new ModelLoadException("spaCy pipeline " + dir + ": component '" + component + "' listens to '" + name
            + "', which is not a tok2vec component before it (tok2vec components: " + tok2vecs.keySet() + ").");
      }
      return name;
    }
    if (tok2vecs.isEmpty()) {
      throw new ModelLoadException("spaCy pipeline " + dir + ": component '" + component + "' listens to a tok2vec "
          + "component (" + LISTENER_ARCH + ") but none runs before it. Keep the tok2vec component in nlp.pipeline.");
    }
    return new ArrayList<>(tok2vecs.keySet()).get(tok2vecs.size() - 1);
  }

  private StaticVectors staticVectors(int nO, int nI, float[] w) throws IOException {
    StaticVectors.Table table = suppliedVectors != null ? suppliedVectors : vocabVectors();
    if (table.dim() != nI) {
      throw new IOException("static vectors of width " + table.dim() + " but the model projects " + nI);
    }
    return new StaticVectors(table, nO, w);
  }

  private StaticVectors.Table vocabVectors() throws IOException {
    if (vocabVectors == null) {
      Path cfg = dir.resolve("vocab").resolve("vectors.cfg");
      if (Files.isRegularFile(cfg)) {
        Object mode = MiniJson.parseObject(Files.readString(cfg)).get("mode");
        if (mode != null && !"default".equals(mode)) {
          throw new IOException("vocab/vectors.cfg: vectors mode '" + mode + "' is not supported (only default, "
              + "not floret)");
        }
      }
      Npy table = Npy.read(file("vocab", "vectors"));
      Map<Long, Integer> keyToRow = new HashMap<>();
      Object k2r = Msgpack.read(Files.readAllBytes(file("vocab", "key2row")));
      if (k2r instanceof Map<?, ?> m) {
        m.forEach((k, v) -> keyToRow.put(((Number) k).longValue(), ((Number) v).intValue()));
      }
      vocabVectors = StaticVectors.keyed(Map.copyOf(keyToRow), table.data(), table.cols());
    }
    return vocabVectors;
  }

  /** The vocab's lexeme_norm lookups table (string id to norm), when the pipeline has one. */
  private Map<Long, String> lexemeNorms() throws IOException {
    Path lookups = dir.resolve("vocab").resolve("lookups.bin");
    Map<Long, String> out = new HashMap<>();
    if (!Files.isRegularFile(lookups)) {
      return out;
    }
    if (Msgpack.read(Files.readAllBytes(lookups)) instanceof Map<?, ?> tables
        && tables.get("lexeme_norm") instanceof byte[] bytes
        && Msgpack.read(bytes) instanceof Map<?, ?> table && table.get("dict") instanceof Map<?, ?> dict) {
      dict.forEach((k, v) -> out.put(((Number) k).longValue(), String.valueOf(v)));
    }
    return out;
  }

  private String metaName() throws IOException {
    Path meta = dir.resolve("meta.json");
    if (!Files.isRegularFile(meta)) {
      return dir.getFileName().toString();
    }
    Map<String, Object> m = MiniJson.parseObject(Files.readString(meta));
    return m.getOrDefault("lang", "") + "_" + m.getOrDefault("name", "pipeline") + " " + m.getOrDefault("version", "");
  }

  private Path file(String... parts) throws IOException {
    Path p = dir;
    for (String part : parts) {
      p = p.resolve(part);
    }
    if (!Files.isRegularFile(p)) {
      throw new IOException(dir.relativize(p) + " is missing");
    }
    // Like every model file, confined to its directory: a link must not reach other files.
    if (!p.toRealPath().startsWith(dir.toRealPath())) {
      throw new IOException(dir.relativize(p) + " links outside the pipeline directory");
    }
    return p;
  }

  private ModelLoadException refuse(String component, String section, String found, String supported) {
    return new ModelLoadException("spaCy pipeline " + dir + ": component '" + component + "' uses " + found + " at ["
        + section + "], which this engine does not run; supported: " + supported + ". Retrain with that architecture "
        + "(spacy init config --pipeline ner gives it) or serve this pipeline with spaCy itself.");
  }
}
