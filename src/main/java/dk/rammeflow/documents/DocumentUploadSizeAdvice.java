package dk.rammeflow.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.math.RoundingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload that the servlet container already refused as too large (before any
 * controller is chosen, hence a global advice) with the same Danish problem as the store does.
 */
@RestControllerAdvice
public class DocumentUploadSizeAdvice {

  private static final Logger log = LoggerFactory.getLogger(DocumentUploadSizeAdvice.class);

  private final String limitText;

  public DocumentUploadSizeAdvice(
      @Value("${rammeflow.documents.max-size:20MB}") DataSize maxSize, ObjectProvider<MultipartProperties> multipart) {
    DataSize limit = maxSize;
    MultipartProperties properties = multipart.getIfAvailable();
    if (properties != null) {
      limit = smaller(limit, properties.getMaxFileSize());
      limit = smaller(limit, properties.getMaxRequestSize());
      if (limit.toBytes() < maxSize.toBytes()) {
        log.warn(
            "Uploads are limited to {} by spring.servlet.multipart (max-file-size {}, max-request-size {}), below "
                + "rammeflow.documents.max-size {}; set the multipart limits at least as high",
            limit, properties.getMaxFileSize(), properties.getMaxRequestSize(), maxSize);
      }
    }
    this.limitText = DocumentStore.danishSize(limit.toBytes(), RoundingMode.HALF_UP);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> onTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return DocumentController.problem(
        HttpStatus.PAYLOAD_TOO_LARGE, "Bilaget blev afvist", "Bilaget er for stort; grænsen er %s.".formatted(limitText), request);
  }

  private static DataSize smaller(DataSize current, DataSize candidate) {
    return candidate != null && candidate.toBytes() >= 0 && candidate.toBytes() < current.toBytes() ? candidate : current;
  }
}
