package io.nerbyoc.engine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The server's CoreNLP tokenizer and sentence splitter, for training and for the OpenNLP
 * recognizer: one tokenisation everywhere, so a model never meets tokens it was not trained on.
 * Thread-safe (CoreNLP's tokenize/ssplit annotators are).
 */
public final class TextTokenizer implements Function<String, List<List<Token>>> {
  private final StanfordCoreNLP pipeline;

  public TextTokenizer(NewlineMode newlines) {
    this.pipeline = new StanfordCoreNLP(CoreNlpRecognizer.tokenizerProperties(newlines));
  }

  @Override
  public List<List<Token>> apply(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<List<Token>> out = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(t.word(), t.beginPosition(), t.endPosition()));
      }
      out.add(tokens);
    }
    return out;
  }
}
