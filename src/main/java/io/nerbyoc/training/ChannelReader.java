package io.nerbyoc.training;

import io.nerbyoc.data.CorpusReader;
import io.nerbyoc.data.LabelledDoc;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one channel in its input mode. File and FastFile: every file of input/data/CHANNEL/.
 * Pipe: the FIFO input/data/CHANNEL_0, read to EOF (one epoch is all we need: the trainers keep
 * the data in memory). Without inputdataconfig.json (a local run) the mode is whatever exists.
 */
final class ChannelReader {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelReader.class);
  /** SageMaker may create the FIFO a little after the container starts. */
  private static final long FIFO_WAIT_MILLIS = 30_000;

  private final SageMakerPaths paths;
  private final Map<String, String> modes;

  ChannelReader(SageMakerPaths paths, Map<String, String> modes) {
    this.paths = paths;
    this.modes = modes;
  }

  boolean present(String channel) {
    return modes.containsKey(channel) || Files.exists(paths.channelDir(channel)) || Files.exists(paths.channelFifo(channel));
  }

  List<LabelledDoc> read(String channel) throws IOException {
    String mode = modes.getOrDefault(channel, Files.exists(paths.channelDir(channel)) ? "File" : "Pipe");
    List<LabelledDoc> docs;
    if ("Pipe".equalsIgnoreCase(mode)) {
      Path fifo = awaitFifo(channel);
      LOG.info("Reading channel '{}' in Pipe mode from {}", channel, fifo);
      // FileInputStream, not Files.newInputStream: the NIO stream's available() seeks, which a FIFO refuses.
      try (InputStream in = new FileInputStream(fifo.toFile())) {
        docs = CorpusReader.read(in, fifo.toString());
      }
    } else if ("File".equalsIgnoreCase(mode) || "FastFile".equalsIgnoreCase(mode)) {
      Path dir = paths.channelDir(channel);
      if (!Files.isDirectory(dir)) {
        throw new TrainingInputException("The '" + channel + "' channel has no folder " + dir
            + "; give the channel an S3 prefix that holds the labelled files (CoNLL, JSON Lines or OpenNLP format).");
      }
      LOG.info("Reading channel '{}' in {} mode from {}", channel, mode, dir);
      docs = CorpusReader.read(dir);
    } else {
      throw new TrainingInputException("Channel '" + channel + "' uses TrainingInputMode '" + mode
          + "'; use File, FastFile or Pipe.");
    }
    if (docs.isEmpty()) {
      throw new TrainingInputException("The '" + channel + "' channel holds no labelled sentences; "
          + "check that its S3 prefix points at the data files and that they are not empty.");
    }
    return docs;
  }

  private Path awaitFifo(String channel) {
    Path fifo = paths.channelFifo(channel);
    long end = System.currentTimeMillis() + FIFO_WAIT_MILLIS;
    while (!Files.exists(fifo)) {
      if (System.currentTimeMillis() > end) {
        throw new TrainingInputException("Pipe mode: " + fifo + " did not appear within "
            + FIFO_WAIT_MILLIS / 1000 + " s; check the '" + channel + "' channel's S3 data source.");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + fifo, e);
      }
    }
    return fifo;
  }
}
