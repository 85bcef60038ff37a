package org.partnershiphealth.advisor.web;

import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.disclosure.WithheldException;
import org.partnershiphealth.advisor.service.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.List;

/**
 * Every error as an RFC 9457 problem detail that names the field or the file, row and column. User mistakes are
 * 4xx with a plain message; only a genuine fault is a 500, logged without request contents.
 */
@RestControllerAdvice(basePackages = "org.partnershiphealth.advisor.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

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

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<java.util.Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> java.util.Map.of("field", error.getField(), "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", fields.stream()
                .map(f -> f.get("field") + ": " + f.get("message")).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        problem.setProperty("fields", fields);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = "The request body is not valid JSON for this endpoint";
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            detail += " (field " + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("?") + ")";
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", detail);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badParameter(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", "The upload is larger than the limit of 20 MB");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected failure: {}", e.toString());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected failure",
                "Something went wrong on our side; the request was not applied");
    }

    private static java.util.Map<String, Object> describe(IntakeProblem p) {
        java.util.Map<String, Object> entry = new java.util.LinkedHashMap<>();
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
