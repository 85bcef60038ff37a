package org.partnershiphealth.advisor.web;

import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.service.NotFoundException;
import org.partnershiphealth.disclosure.WithheldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every API error as an RFC 9457 problem detail that names the field or the file, row and column. Spring MVC's own
 * errors (wrong Content-Type 415, missing part or parameter 400, wrong method 405...) keep their status through
 * {@link ResponseEntityExceptionHandler}; only a genuine fault is a 500, logged without request contents. The
 * consultant's and respondents' pages have their own HTML answers (pages.PageErrors).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(IntakeException.class)
    ProblemDetail invalidInput(IntakeException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                e.problems().size() == 1 ? e.problems().get(0).toString() : e.problems().size() + " problems in the input");
        problem.setProperty("problems", e.problems().stream().map(ApiErrors::describe).toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    /** Results the anonymity policy does not publish (yet): the consultant learns only counts they already see. */
    @ExceptionHandler(WithheldException.class)
    ProblemDetail withheld(WithheldException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Results withheld to protect anonymity", e.getMessage());
        problem.setProperty("responses", e.respondents());
        problem.setProperty("stillNeeded", e.stillNeeded());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    /** A multipart body that cannot be parsed (no boundary, truncated): the client's mistake, not ours. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed upload",
                "The upload is not a readable multipart/form-data body with a part named \"file\"");
    }

    /** Spring Security's firewall refusing a parameter or header (control characters, odd names): a 400. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Request refused",
                "The request contains a parameter or header name with characters this service does not accept");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected failure: {}", e.toString());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected failure",
                "Something went wrong on our side; the request was not applied");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", fields.stream()
                .map(f -> f.get("field") + ": " + f.get("message")).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", tooLarge.getMessage()));
            }
        }
        String detail = "The request body is not valid JSON for this endpoint";
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            detail += " (field " + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("?") + ")";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", mismatch(e)));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(@NonNull MaxUploadSizeExceededException e,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "Too large", "The upload is larger than the limit of 20 MB"));
    }

    /** "form: SHORT or FULL, not BOGUS": the parameter, what it accepts, and what was sent. */
    static String mismatch(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(e.getPropertyName());
        Class<?> type = e.getRequiredType();
        String accepted = type != null && type.isEnum() ? Arrays.stream(type.getEnumConstants())
                .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                : type == null ? "another value" : "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        String sent = String.valueOf(e.getValue());
        return name + ": " + accepted + ", not " + (sent.length() > 40 ? sent.substring(0, 40) + "…" : sent);
    }

    private static Map<String, Object> describe(IntakeProblem p) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", p.file());
        if (p.row() != null) {
            entry.put("row", p.row());
        }
        if (p.field() != null) {
            entry.put("field", p.field());
        }
        entry.put("message", p.message());
        return entry;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
