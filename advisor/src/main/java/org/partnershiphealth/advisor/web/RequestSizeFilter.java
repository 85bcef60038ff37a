package org.partnershiphealth.advisor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses JSON bodies larger than pha.max-json-bytes with 413 before anything reads them; multipart uploads have
 * their own 20 MB limit. A questionnaire response is a few kilobytes, so the default of 1 MB is generous.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;

    public RequestSizeFilter(@Value("${pha.max-json-bytes:1048576}") long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than " + limit + " bytes\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
