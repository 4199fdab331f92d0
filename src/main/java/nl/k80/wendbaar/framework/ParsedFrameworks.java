package nl.k80.wendbaar.framework;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The versions of the afwegingskader a proposal works with, parsed once and kept for an hour with
 * what they decided so far: the check evaluates the candidate over the whole input space, and the
 * what-if right after it meets the same combinations again, as does the next proposal against the
 * version in force. Keyed by the file's SHA-256, so a changed file is never mistaken for another.
 */
@Component
class ParsedFrameworks {

  private final Cache<String, Framework> parsed = Caffeine.newBuilder().maximumSize(4)
      .expireAfterAccess(Duration.ofHours(1)).build();

  Framework of(byte[] dmn) {
    return parsed.get(sha256(dmn), key -> Framework.parse(dmn));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
