package dk.rammeflow.documents;

import dk.rammeflow.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Upload and download of documents; errors are application/problem+json with a Danish detail. Who
 * may download a document is decided by the security rules ({@code dk.rammeflow.security.DocumentAccess}).
 */
@RestController
@RequestMapping("/api/documents")
public class DocumentController {

  private final DocumentStore store;

  public DocumentController(DocumentStore store) {
    this.store = store;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StoredDocument> upload(@RequestPart("file") MultipartFile file) {
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file", e);
    }
    String uploadedBy = CurrentUser.current().map(CurrentUser::email).orElse(null);
    StoredDocument stored = store.store(file.getOriginalFilename(), file.getContentType(), content, uploadedBy);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(stored.id()).toUri();
    return ResponseEntity.created(location).body(stored);
  }

  @GetMapping("/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String id) {
    StoredDocument document = store.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
    byte[] content = store.content(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachmentDisposition(document.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(content);
  }

  @GetMapping(path = "/{id}/meta", produces = MediaType.APPLICATION_JSON_VALUE)
  public StoredDocument meta(@PathVariable String id) {
    return store.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
  }

  @ExceptionHandler(DocumentRejectedException.class)
  ResponseEntity<ProblemDetail> onRejected(DocumentRejectedException e, HttpServletRequest request) {
    HttpStatus status =
        e.reason() == DocumentRejectedException.Reason.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    return problem(status, "Bilaget blev afvist", e.getMessage(), request);
  }

  @ExceptionHandler(DocumentNotFoundException.class)
  ResponseEntity<ProblemDetail> onNotFound(DocumentNotFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "Bilaget findes ikke", e.getMessage(), request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> onMissingFile(MissingServletRequestPartException e, HttpServletRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Bilaget blev afvist",
        "Der er ikke vedhæftet nogen fil (forventet i feltet '%s').".formatted(e.getRequestPartName()),
        request);
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /**
   * {@code attachment; filename="Hoeringssvar.pdf"; filename*=UTF-8''H%C3%B8ringssvar.pdf}: the
   * RFC 6266/5987 UTF-8 name for browsers, with a plain ASCII fallback for old clients.
   */
  static String attachmentDisposition(String fileName) {
    return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987Encode(fileName);
  }

  static String asciiFallback(String fileName) {
    String danish =
        fileName
            .replace("æ", "ae").replace("Æ", "Ae")
            .replace("ø", "oe").replace("Ø", "Oe")
            .replace("å", "aa").replace("Å", "Aa");
    String withoutAccents = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder ascii = new StringBuilder();
    for (char c : withoutAccents.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return ascii.toString();
  }

  static String rfc5987Encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
