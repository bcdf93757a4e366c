package org.rustinwindows.portal.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.rustinwindows.portal.content.EntryFileFormat;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.InvalidEntryFileException;
import org.rustinwindows.portal.content.NewEntry;

/**
 * Made-up entries that look like the portal's own: titles and prose about drivers, the
 * kernel and memory safety, Markdown with headings, lists, inline identifiers and Rust
 * code blocks, a few tags each from a pool in which some are far more common than others,
 * and one or two sources, written as files of {@code content/}. The same seed gives the
 * same entries every time.
 */
public final class SyntheticContent {

	private static final String[] SUBJECTS = { "a KMDF filter driver", "a WDM function driver", "a UMDF sample",
			"the pool allocator", "interrupt handling", "IRP dispatch", "the kernel debugger", "a storage miniport",
			"a network filter", "power management", "the registry API", "device enumeration", "DMA transfers",
			"ETW tracing", "structured exception handling", "the DirectWrite font parser", "a keyboard filter",
			"the HID class driver", "a USB client driver", "a virtual serial port" };

	private static final String[] VERBS = { "Porting", "Rewriting", "Testing", "Debugging", "Profiling", "Reviewing",
			"Fuzzing", "Hardening", "Measuring", "Packaging" };

	private static final String[] ENDINGS = { "in Rust", "with windows-drivers-rs", "with cargo-wdk",
			"without unsafe code", "on ARM64", "step by step", "for Windows 11", "after BlueHat IL 2023" };

	private static final String[] IDENTIFIERS = { "IoCreateDevice", "WdfDriverCreate", "KeBugCheckEx",
			"ExAllocatePool2", "WdfRequestComplete", "IoCompleteRequest", "KeAcquireSpinLock", "DriverEntry", "wdk-sys",
			"wdk-alloc", "wdk-panic", "WdkAllocator", "#[panic_handler]", "UNICODE_STRING", "NTSTATUS",
			"STATUS_SUCCESS", "PDRIVER_OBJECT", "RtlCopyMemory", "ZwCreateFile", "ObReferenceObjectByHandle" };

	private static final String[] NOUNS = { "memory safety", "buffer overflow", "use after free", "lifetime", "borrow",
			"allocation", "pool tag", "driver model", "build script", "linker", "bindgen", "panic", "unwinding",
			"spin lock", "IRQL", "dispatch routine", "device stack", "symbol file", "test signing", "attestation",
			"security boundary", "exploit", "mitigation", "code review", "crate", "toolchain", "nightly compiler",
			"release build", "debug build", "kernel mode", "user mode", "system call", "handle table" };

	private static final String[] SENTENCES = { "The %s is where most of the %s problems used to hide.",
			"With %s, the %s becomes something the compiler checks.",
			"Teams reported that %s made the %s easier to review.",
			"A careful look at %s shows why the %s matters in kernel mode.",
			"The sample calls %s before it touches the %s.", "Nothing about %s removes the need to think about the %s.",
			"Readers asked how %s interacts with the %s, so here is a short answer.",
			"Most of the %s work is in the bindings, not in the %s itself." };

	private static final String[] TAG_NAMES = { "Memory safety", "Windows kernel", "windows-drivers-rs", "cargo-wdk",
			"KMDF", "WDM", "UMDF", "BlueHat IL 2023", "Allocators", "Panics", "Debugging", "Testing", "Tooling",
			"Security", "ARM64", "Build", "Samples", "Bindings", "Tracing", "Storage", "Networking", "USB", "HID",
			"Fuzzing", "Linux comparison", "Compiler", "Unsafe code", "Interop", "Performance", "Packaging" };

	private static final EntryFileFormat FORMAT = new EntryFileFormat();

	private final Random random;

	public SyntheticContent(long seed) {
		this.random = new Random(seed);
	}

	/** Entry number {@code n}, read from {@link #file(int) its content file}. */
	public NewEntry entry(int n) {
		ContentFileText file = file(n);
		try {
			return FORMAT.parse(file.kind(), file.text()).entry();
		}
		catch (InvalidEntryFileException ex) {
			throw new IllegalStateException("The generator wrote an invalid file: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Entry number {@code n} as a file of {@code content/}: mostly articles, some
	 * timeline events and FAQ items.
	 */
	public ContentFileText file(int n) {
		int roll = this.random.nextInt(10);
		EntryKind kind = (roll < 7) ? EntryKind.ARTICLE : (roll < 9) ? EntryKind.TIMELINE : EntryKind.FAQ;
		String subject = pick(SUBJECTS);
		String title = switch (kind) {
			case ARTICLE -> pick(VERBS) + " " + subject + " " + pick(ENDINGS) + ", part " + n;
			case TIMELINE -> "Update " + n + ": " + subject + " " + pick(ENDINGS);
			case FAQ -> "How does " + subject + " work " + pick(ENDINGS) + " (question " + n + ")?";
		};
		Instant published = LocalDate.of(2015, 1, 1)
			.plusDays(this.random.nextInt(4000))
			.atStartOfDay()
			.toInstant(ZoneOffset.UTC);
		String slug = "bench-" + n;
		StringBuilder text = new StringBuilder("---\n");
		text.append("title: ").append(quoted(title)).append('\n');
		text.append("slug: ").append(slug).append('\n');
		text.append("summary: ").append(quoted(sentence() + " " + sentence())).append('\n');
		text.append("status: published\n");
		text.append("published: ").append(published).append('\n');
		if (kind == EntryKind.TIMELINE) {
			text.append(String.format("date: %d-%02d%n", 2010 + this.random.nextInt(16), 1 + this.random.nextInt(12)));
		}
		if (kind == EntryKind.FAQ) {
			text.append("order: ").append(1 + n % 10_000).append('\n');
		}
		text.append("tags: [")
			.append(String.join(", ", tags().stream().map(SyntheticContent::quoted).toList()))
			.append("]\n");
		text.append("sources:\n");
		text.append("  - title: ").append(quoted("Synthetic source " + n)).append('\n');
		text.append("    url: https://example.org/sources/").append(n).append('\n');
		if (this.random.nextBoolean()) {
			text.append("  - title: ").append(quoted("Microsoft Learn: " + pick(IDENTIFIERS))).append('\n');
		}
		text.append("---\n").append(body());
		return new ContentFileText(kind, kind.pathSegment() + "/" + slug + ".md", text.toString());
	}

	/** A YAML string that holds any text: colons, quotes and brackets included. */
	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private String body() {
		StringBuilder body = new StringBuilder();
		int sections = 2 + this.random.nextInt(3);
		for (int s = 0; s < sections; s++) {
			body.append("## ").append(capitalized(pick(NOUNS))).append(" and ").append(pick(NOUNS)).append("\n\n");
			for (int p = 0; p < 2; p++) {
				for (int i = 0; i < 3 + this.random.nextInt(3); i++) {
					body.append(sentence()).append(' ');
				}
				body.append("\n\n");
			}
			if (this.random.nextInt(3) == 0) {
				body.append("- ").append(sentence()).append("\n- ").append(sentence()).append("\n\n");
			}
			if (this.random.nextInt(3) == 0) {
				body.append("```rust\nlet status = unsafe { ")
					.append(pick(IDENTIFIERS).replaceAll("[^A-Za-z0-9_]", ""))
					.append("(device) };\nif status != STATUS_SUCCESS {\n    return status;\n}\n```\n\n");
			}
		}
		return body.toString();
	}

	private String sentence() {
		String template = pick(SENTENCES);
		String first = (this.random.nextInt(3) == 0) ? "`" + pick(IDENTIFIERS) + "`" : pick(NOUNS);
		return String.format(template, first, pick(NOUNS));
	}

	/** One to four tags; low indexes are picked far more often, as on a real site. */
	private List<String> tags() {
		Set<String> tags = new LinkedHashSet<>();
		int count = 1 + this.random.nextInt(4);
		while (tags.size() < count) {
			double skewed = Math.pow(this.random.nextDouble(), 2.5);
			tags.add(TAG_NAMES[(int) (skewed * TAG_NAMES.length)]);
		}
		return new ArrayList<>(tags);
	}

	private String pick(String[] words) {
		return words[this.random.nextInt(words.length)];
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * A content file as text.
	 *
	 * @param kind what it describes
	 * @param path where it goes under {@code content/}
	 * @param text front matter and Markdown body
	 */
	public record ContentFileText(EntryKind kind, String path, String text) {

	}

}
