package org.partnershiphealth.advisor.web.pages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * What a person sees in the browser when a page request cannot be used: a page in the app's style with the status
 * that fits (400, 405, 413, 415) and the field named, never a stack trace or a 500 for something a client sent.
 * Errors a page expects (not found, closed, withheld) are handled by the page controllers themselves.
 */
@ControllerAdvice(basePackages = "org.partnershiphealth.advisor.web.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView mismatch(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(e.getPropertyName());
        return page(HttpStatus.BAD_REQUEST, "This request could not be used",
                "The value of \"" + name + "\" is not one this page offers. Go back and choose one from the form.");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ModelAndView missing(Exception e) {
        String name = e instanceof MissingServletRequestParameterException parameter ? parameter.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return page(HttpStatus.BAD_REQUEST, "Something is missing",
                "The form arrived without \"" + name + "\". Go back, fill it in and send the form again.");
    }

    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ModelAndView rejected() {
        return page(HttpStatus.BAD_REQUEST, "This request could not be used",
                "It contains characters this site does not accept. Go back and send the form again.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badValue(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, "This request could not be used", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "The file is too large",
                "Uploads can be up to 20 MB. Export only the responses of this round, or split the file.");
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload() {
        return page(HttpStatus.BAD_REQUEST, "The upload could not be read",
                "Choose the file again with the form's file field and send it.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedType() {
        return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This request could not be used",
                "This page takes its form as the browser sends it; the request came in another format.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod() {
        return page(HttpStatus.METHOD_NOT_ALLOWED, "This request could not be used",
                "Open the page from its link instead.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        LOG.error("Unexpected failure on a page: {}", e.toString());
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side",
                "Nothing was changed. Try again in a moment; if it happens again, tell the people who run this service.");
    }

    private static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("web/unavailable", Map.of("title", title, "message", message));
        page.setStatus(status);
        return page;
    }
}
