package org.rustinwindows.portal.api;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.rustinwindows.portal.shared.SitePaths;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every request to {@code /api/} per address with Bucket4j token buckets that
 * every node shares where the database allows, ahead of the page cache, so that a kept
 * answer counts too; an address past its allowance gets a 429 that says when to come
 * back. Every answer is open to any origin: the data is public and the API is read-only.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	static final String PATH = "/api/";

	private final ProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> limit;

	ApiRateLimitFilter(ApiProperties properties, ProxyManager<String> buckets) {
		this.buckets = buckets;
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(properties.requestsPerWindow())
				.refillGreedy(properties.requestsPerWindow(), properties.window()))
			.build();
		this.limit = () -> configuration;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SitePaths.of(request).startsWith(PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		ConsumptionProbe probe = this.buckets.builder()
			.build(request.getRemoteAddr(), this.limit)
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"This address has asked for"
						+ " more than its allowance; try again in " + seconds + " seconds.\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}
