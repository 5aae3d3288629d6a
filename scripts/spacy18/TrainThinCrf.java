import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;

/**
 * Trains the compact IO-tagged CoreNLP CRF over spaCy's thin name types (issue 13 item 3):
 *   java -cp 'target/lib/*' scripts/spacy18/TrainThinCrf.java TRAIN.conll OUT.crf.ser.gz MODELS_ROOT [iterations] [cutoff] [types]
 * TRAIN.conll: token TAB BIO tag (scripts/build_spacy18_training.py). Tags of types outside `types`
 * become O; the rest are written bare (IO), as CoreNLP's own models are. Feature flags are those
 * of CoreNLP's English CoNLL models (as src/main/java/io/nerbyoc/engine/corenlp/training/CrfTrainer.java), with the
 * word clusters of the shipped 3-class model (distsim).
 */
public class TrainThinCrf {
  public static void main(String[] a) throws Exception {
    Path train = Path.of(a[0]);
    String out = a[1];
    Path root = Path.of(a[2]);
    int iters = a.length > 3 ? Integer.parseInt(a[3]) : 100;
    int cutoff = a.length > 4 ? Integer.parseInt(a[4]) : 2;
    Set<String> types = new HashSet<>(Arrays.asList((a.length > 5 ? a[5] : "EVENT,WORK_OF_ART,PRODUCT,FAC,LAW,LANGUAGE").split(",")));
    Path tsv = Files.createTempFile("thin", ".tsv");
    try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(train, StandardCharsets.UTF_8)) {
        if (line.isBlank()) { w.write("\n"); continue; }
        String[] p = line.split("\t");
        if (p[0].equals("-DOCSTART-")) continue;
        String t = p[p.length - 1];
        String ty = t.length() > 2 ? t.substring(2) : "O";
        w.write(p[0] + "\t" + (types.contains(ty) ? ty : "O") + "\n");
      }
    }
    // The word clusters of the shipped 3-class model.
    CRFClassifier<CoreLabel> c3 = CRFClassifier.getClassifier(root.resolve("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz").toFile());
    var ffs = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
    ffs.setAccessible(true);
    Object factory = ((List<?>) ffs.get(c3)).get(0);
    var lexF = factory.getClass().getDeclaredField("lexicon");
    lexF.setAccessible(true);
    @SuppressWarnings("unchecked") Map<String, String> lex = (Map<String, String>) lexF.get(factory);
    Path lexicon = Files.createTempFile("thin-clusters", ".tsv");
    try (BufferedWriter w = Files.newBufferedWriter(lexicon, StandardCharsets.UTF_8)) {
      for (var e : lex.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
    Properties p = new Properties();
    p.setProperty("map", "word=0,answer=1");
    for (String f : "useClassFeature useWord useNGrams noMidNGrams usePrev useNext useSequences usePrevSequences useTypeSeqs useTypeSeqs2 useTypeySequences useDisjunctive useDistSim numberEquivalenceDistSim".split(" ")) p.setProperty(f, "true");
    p.setProperty("maxNGramLeng", "6");
    p.setProperty("maxLeft", "1");
    p.setProperty("wordShape", "chris2useLC");
    p.setProperty("distSimLexicon", lexicon.toString());
    p.setProperty("maxQNItr", Integer.toString(iters));
    p.setProperty("featureCountThresh", Integer.toString(cutoff));
    p.setProperty("multiThreadGrad", "2");
    p.setProperty("QNsize", "5");
    p.setProperty("saveFeatureIndexToDisk", "false");
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(p);
    crf.train(tsv.toString());
    crf.serializeClassifier(out);
    Files.deleteIfExists(tsv);
    Files.deleteIfExists(lexicon);
  }
}
