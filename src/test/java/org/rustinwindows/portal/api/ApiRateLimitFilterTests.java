package org.rustinwindows.portal.api;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.shared.RateLimitBuckets;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's allowance per address: counted before anything answers, a 429 with the time
 * to wait beyond it, other addresses and other paths untouched.
 */
class ApiRateLimitFilterTests {

	private final ApiRateLimitFilter filter = new ApiRateLimitFilter(new ApiProperties(3, Duration.ofMinutes(1), 100),
			RateLimitBuckets.inMemory(Clock.systemUTC(), 100));

	private final AtomicInteger answered = new AtomicInteger();

	private MockHttpServletResponse get(String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> this.answered.incrementAndGet());
		return response;
	}

	@Test
	void anAddressPastItsAllowanceIsToldWhenToComeBack() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(get("/api/entries", "192.0.2.1").getStatus()).isEqualTo(200);
		}

		MockHttpServletResponse refused = get("/api/entries", "192.0.2.1");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getContentAsString()).contains("\"status\":429", "try again in");
		assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(this.answered).hasValue(3);
		assertThat(get("/api/entries", "192.0.2.2").getStatus()).isEqualTo(200);
	}

	@Test
	void onlyTheApiIsCountedAndEveryAnswerIsOpenToAnyOrigin() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(get("/articles", "192.0.2.3").getHeader("Access-Control-Allow-Origin")).isNull();
		}
		assertThat(get("/api/tags", "192.0.2.3").getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(this.answered).hasValue(11);
	}

}
