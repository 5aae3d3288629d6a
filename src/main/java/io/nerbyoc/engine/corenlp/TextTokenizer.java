package io.nerbyoc.engine.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.CleanText;
import io.nerbyoc.core.TextBounds;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The server's CoreNLP tokenizer and sentence splitter, for serving, training and evaluation: one
 * tokenisation everywhere, so a model never meets tokens it was not trained on. One instance per
 * newline mode ({@link #of}), shared by every recognizer; thread-safe (CoreNLP's tokenize/ssplit
 * annotators are).
 */
public final class TextTokenizer implements Tokenizer, Function<String, List<List<Token>>> {
  private static final Map<NewlineMode, TextTokenizer> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP pipeline;
  private final String key;

  private TextTokenizer(NewlineMode newlines) {
    this.pipeline = new StanfordCoreNLP(properties(newlines));
    this.key = "corenlp:" + newlines.wireName();
  }

  public static TextTokenizer of(NewlineMode newlines) {
    return SHARED.computeIfAbsent(newlines, TextTokenizer::new);
  }

  static Properties properties(NewlineMode newlines) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    // Keep odd characters as tokens instead of logging them (logs must never show request text).
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlines.wireName());
    return p;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public List<List<Token>> apply(String text) {
    return tokenize(text, Checkpoint.NONE);
  }

  /**
   * Sentences of tokens with UTF-16 offsets into {@code text}: of its {@link CleanText clean}
   * form (character references decoded, invisible characters dropped, line-end hyphenation
   * joined), with bounded work (see {@link TextBounds}): over-long runs masked, long texts in
   * segments with a checkpoint after each, tokens capped, long sentences cut into windows.
   */
  @Override
  public List<List<Token>> tokenize(String text, Checkpoint checkpoint) {
    CleanText clean = CleanText.of(text);
    String masked = TextBounds.mask(clean.text());
    List<List<Token>> out = new ArrayList<>();
    for (int[] seg : TextBounds.segments(masked)) {
      checkpoint.reached();
      Annotation doc = new Annotation(seg[0] == 0 && seg[1] == masked.length() ? masked : masked.substring(seg[0], seg[1]));
      pipeline.annotate(doc);
      for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel t : labels) {
          // A token spanning spaces (ellipsis, SGML) keeps its offsets; its text is cut.
          int begin = t.beginPosition() + seg[0];
          int end = t.endPosition() + seg[0];
          tokens.add(new Token(TextBounds.capToken(t.word()), clean.begin(begin), clean.end(end - 1)));
        }
        out.addAll(TextBounds.windows(tokens, text));
      }
    }
    return out;
  }
}
