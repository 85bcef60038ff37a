package org.partnershiphealth.advisor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many PDFs are rendered at once (every PDF the service makes is a GET with {@code format=pdf}: reports,
 * briefings, annual reports, report links). A PDF of the full diagnosis takes tens of megabytes while it is laid
 * out; a burst of them on a small heap used to run the process out of memory and leave it up but answering
 * nothing. A request that finds every slot taken waits up to {@code pha.pdf.wait}, then gets 503 with Retry-After,
 * and the server keeps answering everything else.
 */
@Component
public class PdfRenderingLimit extends OncePerRequestFilter {

    private final Semaphore slots;
    private final long waitMillis;
    private final int concurrency;

    public PdfRenderingLimit(@Value("${pha.pdf.concurrency:0}") int concurrency,
                             @Value("${pha.pdf.wait:PT5S}") Duration wait) {
        this.concurrency = concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.slots = new Semaphore(this.concurrency, true);
        this.waitMillis = wait.toMillis();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // GET only: reading the parameter of a GET never touches a body
        return !"GET".equals(request.getMethod()) || !"pdf".equalsIgnoreCase(request.getParameter("format"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,\"detail\":"
                    + "\"" + concurrency + " PDFs are being made already; please try again in a few seconds.\"}");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
