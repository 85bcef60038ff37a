package org.partnershiphealth.advisor.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Requests that never reach a controller: no such path (404), a method the path does not take (405), a body type an
 * endpoint does not consume (415). They have no handler for {@link ApiErrors} or the pages' errors to apply to, so
 * this unselective advice answers them as problem details with their proper status instead of a generic error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedRequests extends ResponseEntityExceptionHandler {
}
